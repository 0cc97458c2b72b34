package dev.voucheremulator.emulator.quota;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code quota_limit} rows: one per project and kind of call, its limits as parallel arrays with
 * the window each one is in and what that window used.
 */
@Component
class QuotaStore {

    /** A row as read or as a call left it; {@code denied} says whether that call was refused. */
    record Row(String type, int[] values, String[] durations, long[] millis, long[] windows, int[] used,
               boolean denied) {
    }

    /** The limits of one kind, validated. */
    record Limit(int value, String duration, long millis) {
    }

    // A window whose index is not the current one has used nothing yet.
    private static final String ROLLED = "case when i = :now / m then u else 0 end";
    private static final String EXHAUSTED = "exists (select 1 from unnest(duration_ms, window_index, used, limit_value)"
            + " as e(m, i, u, v) where " + ROLLED + " >= v)";

    private final JdbcClient jdbc;

    QuotaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(String projectId, Map<String, List<Limit>> byType) {
        jdbc.sql("delete from quota_limit where project_id = :project").param("project", projectId).update();
        byType.forEach((type, limits) -> {
            if (limits.isEmpty()) {
                return;
            }
            jdbc.sql("""
                            insert into quota_limit (project_id, limit_type, limit_value, duration, duration_ms,
                                                     window_index, used)
                            values (:project, :type, cast(:values as integer[]), cast(:durations as text[]),
                                    cast(:millis as bigint[]), cast(:windows as bigint[]), cast(:used as integer[]))""")
                    .param("project", projectId)
                    .param("type", type)
                    .param("values", literal(limits, l -> String.valueOf(l.value())))
                    .param("durations", literal(limits, l -> '"' + l.duration() + '"'))
                    .param("millis", literal(limits, l -> String.valueOf(l.millis())))
                    .param("windows", literal(limits, l -> "-1"))
                    .param("used", literal(limits, l -> "0"))
                    .update();
        });
    }

    void delete(String projectId) {
        jdbc.sql("delete from quota_limit where project_id = :project").param("project", projectId).update();
    }

    void deleteEverything() {
        jdbc.sql("delete from quota_limit").update();
    }

    List<Row> read(String projectId) {
        return jdbc.sql("select * from quota_limit where project_id = :project order by limit_type")
                .param("project", projectId)
                .query((rs, row) -> row(rs))
                .list();
    }

    /** The kinds of call each project limits. */
    Set<String> types(String projectId) {
        return Set.copyOf(jdbc.sql("select limit_type from quota_limit where project_id = :project")
                .param("project", projectId).query(String.class).list());
    }

    Map<String, Set<String>> allTypes() {
        Map<String, Set<String>> byProject = new HashMap<>();
        jdbc.sql("select project_id, limit_type from quota_limit").query(rs -> {
            byProject.computeIfAbsent(rs.getString("project_id"), p -> new HashSet<>()).add(rs.getString("limit_type"));
        });
        byProject.replaceAll((project, types) -> Set.copyOf(types));
        return byProject;
    }

    /**
     * Counts a call in one statement: every window rolls to the one {@code nowMillis} falls in, and if
     * none is exhausted each one's usage grows by one; otherwise the call is denied and nothing grows.
     * Empty when the project has no limits of that kind (removed through another instance).
     */
    Optional<Row> take(String projectId, String type, long nowMillis) {
        return jdbc.sql("update quota_limit set"
                        + " window_index = array(select :now / m from unnest(duration_ms) with ordinality as t(m, n)"
                        + " order by n),"
                        + " used = array(select " + ROLLED + " + case when " + EXHAUSTED + " then 0 else 1 end"
                        + " from unnest(duration_ms, window_index, used) with ordinality as t(m, i, u, n) order by n),"
                        + " denied = " + EXHAUSTED
                        + " where project_id = :project and limit_type = :type returning *")
                .param("now", nowMillis)
                .param("project", projectId)
                .param("type", type)
                .query((rs, row) -> row(rs))
                .optional();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Object[] values = array(rs.getArray("limit_value"));
        Object[] durations = array(rs.getArray("duration"));
        Object[] millis = array(rs.getArray("duration_ms"));
        Object[] windows = array(rs.getArray("window_index"));
        Object[] used = array(rs.getArray("used"));
        int n = values.length;
        int[] v = new int[n];
        String[] d = new String[n];
        long[] m = new long[n];
        long[] w = new long[n];
        int[] u = new int[n];
        for (int k = 0; k < n; k++) {
            v[k] = ((Number) values[k]).intValue();
            d[k] = (String) durations[k];
            m[k] = ((Number) millis[k]).longValue();
            w[k] = ((Number) windows[k]).longValue();
            u[k] = ((Number) used[k]).intValue();
        }
        return new Row(rs.getString("limit_type"), v, d, m, w, u, rs.getBoolean("denied"));
    }

    // Array literals: numbers, and validated ISO-8601 durations quoted (they may hold a decimal comma).
    private static String literal(List<Limit> limits, Function<Limit, String> value) {
        return limits.stream().map(value).collect(Collectors.joining(",", "{", "}"));
    }

    private static Object[] array(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }
}
