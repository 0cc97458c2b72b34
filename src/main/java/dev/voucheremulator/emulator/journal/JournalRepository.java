package dev.voucheremulator.emulator.journal;

import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.emulator.Globs;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The journal_entry table, by plain SQL: rows are written in batches and read newest first. */
@Repository
class JournalRepository {

    private static final String COLUMNS = "id, at, method, path, query, operation_id, status, request_body, "
            + "response_body, duration_ms, unmatched, not_implemented, injected";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    JournalRepository(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(List<CapturedCall> calls) {
        jdbc.batchUpdate("insert into journal_entry (project_id, " + COLUMNS + ") "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", calls, calls.size(), (statement, call) -> {
                    String response = text(call.responseBody());
                    statement.setString(1, call.projectId());
                    statement.setString(2, requestId(response));
                    statement.setTimestamp(3, Timestamp.from(call.at()));
                    statement.setString(4, call.method());
                    statement.setString(5, call.path());
                    statement.setString(6, call.query());
                    statement.setString(7, call.operationId());
                    statement.setInt(8, call.status());
                    statement.setString(9, text(call.requestBody()));
                    statement.setString(10, response);
                    statement.setInt(11, call.durationMs());
                    statement.setBoolean(12, call.unmatched());
                    statement.setBoolean(13, call.notImplemented());
                    statement.setString(14, call.injected());
                });
    }

    /**
     * Keeps the newest {@code keep} calls of a project, deleting only those after {@code after} (a seq an
     * earlier trim reached, 0 for all): the index range below it holds the dead entries of earlier trims
     * until a vacuum, and walking them on every trim cost more than the inserts. Returns the seq of the
     * newest call deleted, or null when the project has no more than {@code keep} calls.
     */
    Long trim(String projectId, int keep, long after) {
        return jdbc.queryForObject("""
                        with cutoff as (
                            select seq from journal_entry where project_id = ? order by seq desc offset ? limit 1
                        ), gone as (
                            delete from journal_entry
                            where project_id = ? and seq > ? and seq <= (select seq from cutoff) returning 1
                        )
                        select (select seq from cutoff) where (select count(*) from gone) >= 0""",
                Long.class, projectId, keep, projectId, after);
    }

    /** Makes the space of trimmed calls reusable; skipped while another vacuum (an instance's) holds it. */
    void vacuum() {
        jdbc.execute("vacuum (skip_locked) journal_entry");
    }

    List<JournalEntryResponse> find(String projectId, JournalCriteria criteria, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(projectId, criteria, params);
        params.add(limit);
        return jdbc.query("select " + COLUMNS + " from journal_entry " + where + " order by seq desc limit ?",
                this::entry, params.toArray());
    }

    long count(String projectId, JournalCriteria criteria) {
        List<Object> params = new ArrayList<>();
        String where = where(projectId, criteria, params);
        Long count = jdbc.queryForObject("select count(*) from journal_entry " + where, Long.class, params.toArray());
        return count == null ? 0 : count;
    }

    Optional<JournalEntryResponse> get(String projectId, String id) {
        return jdbc.query("select " + COLUMNS + " from journal_entry where project_id = ? and id = ? "
                + "order by seq desc limit 1", this::entry, projectId, id).stream().findFirst();
    }

    int clear(String projectId) {
        return jdbc.update("delete from journal_entry where project_id = ?", projectId);
    }

    int clearAll() {
        return jdbc.update("delete from journal_entry");
    }

    private static String where(String projectId, JournalCriteria criteria, List<Object> params) {
        StringBuilder where = new StringBuilder("where project_id = ?");
        params.add(projectId);
        if (criteria.method() != null) {
            where.append(" and method = ?");
            params.add(criteria.method().toUpperCase(java.util.Locale.ROOT));
        }
        if (criteria.path() != null) {
            where.append(" and path ~ ?");
            params.add(Globs.regex(criteria.path()).pattern());
        }
        if (criteria.operationId() != null) {
            where.append(" and operation_id = ?");
            params.add(criteria.operationId());
        }
        if (criteria.status() != null) {
            where.append(" and status = ?");
            params.add(criteria.status());
        }
        if (criteria.since() != null) {
            where.append(" and at >= ?");
            params.add(Timestamp.from(criteria.since()));
        }
        if (criteria.until() != null) {
            where.append(" and at < ?");
            params.add(Timestamp.from(criteria.until()));
        }
        if (criteria.unmatched() != null) {
            where.append(" and unmatched = ?");
            params.add(criteria.unmatched());
        }
        return where.toString();
    }

    private JournalEntryResponse entry(ResultSet row, int index) throws SQLException {
        return new JournalEntryResponse(row.getString("id"), "request", row.getTimestamp("at").toInstant(),
                row.getString("method"), row.getString("path"), row.getString("query"), row.getString("operation_id"),
                row.getInt("status"), body(row.getString("request_body")), body(row.getString("response_body")),
                row.getInt("duration_ms"), row.getBoolean("unmatched"), row.getBoolean("not_implemented"),
                row.getString("injected"));
    }

    private Object body(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, JsonNode.class);
        } catch (JacksonException notJson) {
            return text;
        }
    }

    private String requestId(String response) {
        if (response != null && response.contains("\"request_id\"")) {
            try {
                JsonNode id = json.readValue(response, JsonNode.class).get("request_id");
                if (id != null && id.isString()) {
                    return id.asString();
                }
            } catch (JacksonException notJson) {
                // a cut or non-JSON body: the journal names the call itself
            }
        }
        return ResourceIds.request();
    }

    // Text as PostgreSQL stores it: no NUL characters; an empty body is no body.
    private static String text(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        return new String(body, StandardCharsets.UTF_8).replace("\u0000", "");
    }
}
