package dev.voucheremulator.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the deliveries page and the deliveries control show: a project's newest deliveries with every
 * attempt and the signature their body is sent with.
 */
@Component
class DeliveryLog {

    record Attempt(int attempt, Instant at, Integer statusCode, String error, long durationMs) {
    }

    record Delivery(String id, String webhookId, String targetUrl, String eventType, String entityId, String status,
                    int attempts, Instant createdAt, Instant nextAttemptAt, String body, String signature,
                    List<Attempt> history) {
    }

    private static final String SELECT = """
            SELECT id, webhook_id, target_url, event_type, entity_id, status, attempts, created_at,
                next_attempt_at, body, secret
            FROM webhook_deliveries""";

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Delivery> newest(String projectId, int limit) {
        return find(projectId, null, null, limit);
    }

    /** Newest first; {@code type} and {@code status} (as stored) narrow the list when given. */
    List<Delivery> find(String projectId, String type, String status, int limit) {
        String where = (type == null ? "" : " AND event_type = :type") + (status == null ? "" : " AND status = :status");
        var statement = jdbc.sql(SELECT + " WHERE project_id = :project" + where
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("project", projectId).param("limit", limit);
        if (type != null) {
            statement = statement.param("type", type);
        }
        if (status != null) {
            statement = statement.param("status", status);
        }
        return withAttempts(statement.query(DeliveryLog::delivery).list());
    }

    Optional<Delivery> one(String projectId, String id) {
        return withAttempts(jdbc.sql(SELECT + " WHERE project_id = :project AND id = :id")
                .param("project", projectId).param("id", id)
                .query(DeliveryLog::delivery).list()).stream().findFirst();
    }

    private List<Delivery> withAttempts(List<Delivery> deliveries) {
        Map<String, Delivery> byId = new LinkedHashMap<>();
        deliveries.forEach(d -> byId.put(d.id(), d));
        if (byId.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        SELECT delivery_id, attempt, attempted_at, status_code, error, duration_ms
                        FROM webhook_delivery_attempts WHERE delivery_id IN (:ids) ORDER BY attempt""")
                .param("ids", byId.keySet())
                .query((rs, row) -> {
                    byId.get(rs.getString("delivery_id")).history().add(new Attempt(rs.getInt("attempt"),
                            rs.getTimestamp("attempted_at").toInstant(),
                            (Integer) rs.getObject("status_code"), rs.getString("error"), rs.getLong("duration_ms")));
                    return null;
                }).list();
        return List.copyOf(byId.values());
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        return new Delivery(rs.getString("id"), rs.getString("webhook_id"), rs.getString("target_url"),
                rs.getString("event_type"), rs.getString("entity_id"), rs.getString("status"), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(), next == null ? null : next.toInstant(),
                rs.getString("body"), WebhookSignature.of(rs.getString("body"), rs.getString("secret")),
                new ArrayList<>());
    }
}
