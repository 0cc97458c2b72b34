package dev.voucheremulator.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhook_deliveries rows. A dispatcher claims a row before sending it: one UPDATE picks due rows
 * with FOR UPDATE SKIP LOCKED and stamps them with its token and a lease on the database's own clock,
 * so several instances on one database never send a row twice; every later write names the token.
 * A lease outlives the send timeout; a dispatcher that dies mid-send leaves a row that is due again
 * when its lease ends.
 */
@Component
class DeliveryStore {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    /** What a dispatcher needs to send one claimed delivery. */
    record Claimed(String id, String projectId, String webhookId, String targetUrl, String secret, String body,
                   int attempts, Instant firstAttemptAt, String token) {
    }

    record NewDelivery(String id, String projectId, String webhookId, String targetUrl, String secret,
                       String eventId, String eventType, String entityId, String body, Instant at) {
    }

    private static final String RETURNING = " RETURNING id, project_id, webhook_id, target_url, secret, body, attempts,"
            + " first_attempt_at, claim_token";

    private final JdbcClient jdbc;
    private final long leaseSeconds;

    DeliveryStore(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.leaseSeconds = properties.timeout().plus(Duration.ofSeconds(30)).toSeconds();
    }

    void insert(NewDelivery d) {
        jdbc.sql("""
                        INSERT INTO webhook_deliveries (id, project_id, webhook_id, target_url, secret, event_id,
                            event_type, entity_id, body, status, attempts, created_at, next_attempt_at)
                        VALUES (:id, :project, :webhook, :target, :secret, :event, :type, :entity, :body, 'PENDING', 0,
                            :at, :at)""")
                .param("id", d.id()).param("project", d.projectId()).param("webhook", d.webhookId())
                .param("target", d.targetUrl()).param("secret", d.secret()).param("event", d.eventId())
                .param("type", d.eventType()).param("entity", d.entityId()).param("body", d.body())
                .param("at", Timestamp.from(d.at()))
                .update();
    }

    /**
     * Due pending rows nobody holds, oldest first: of {@code project} when given, else of every project
     * but {@code otherClocks}. {@code now} is the time those projects' clock shows.
     */
    List<Claimed> claimDue(Instant now, int limit, String token, String project, Collection<String> otherClocks) {
        String scope = project != null ? " AND project_id = :project"
                : otherClocks.isEmpty() ? "" : " AND project_id NOT IN (:others)";
        var statement = jdbc.sql("""
                        UPDATE webhook_deliveries SET claim_token = :token,
                            claimed_until = clock_timestamp() + make_interval(secs => :lease)
                        WHERE id IN (SELECT id FROM webhook_deliveries
                            WHERE status = 'PENDING' AND next_attempt_at <= :now
                              AND (claimed_until IS NULL OR claimed_until < clock_timestamp())""" + scope + """

                            ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)""" + RETURNING)
                .param("token", token).param("lease", leaseSeconds).param("now", Timestamp.from(now))
                .param("limit", limit);
        if (project != null) {
            statement = statement.param("project", project);
        } else if (!otherClocks.isEmpty()) {
            statement = statement.param("others", otherClocks);
        }
        return statement.query(DeliveryStore::claimed).list();
    }

    /** The given pending rows, whenever due: what a commit just wrote, or what a user asked to retry now. */
    List<Claimed> claim(Collection<String> ids, String token) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        UPDATE webhook_deliveries SET claim_token = :token,
                            claimed_until = clock_timestamp() + make_interval(secs => :lease)
                        WHERE id IN (SELECT id FROM webhook_deliveries
                            WHERE id IN (:ids) AND status = 'PENDING'
                              AND (claimed_until IS NULL OR claimed_until < clock_timestamp())
                            FOR UPDATE SKIP LOCKED)""" + RETURNING)
                .param("token", token).param("lease", leaseSeconds).param("ids", ids)
                .query(DeliveryStore::claimed).list();
    }

    void recordAttempt(String id, int attempt, Instant at, Integer statusCode, String error, long durationMs) {
        jdbc.sql("""
                        INSERT INTO webhook_delivery_attempts (delivery_id, attempt, attempted_at, status_code, error,
                            duration_ms) VALUES (:id, :attempt, :at, :status, :error, :duration)""")
                .param("id", id).param("attempt", attempt).param("at", Timestamp.from(at))
                .param("status", statusCode).param("error", error).param("duration", durationMs)
                .update();
    }

    /**
     * Writes the outcome of a claimed row's attempt and releases it: {@code status} DELIVERED, FAILED, or
     * PENDING again at {@code next}.
     */
    void finish(Claimed c, String status, int attempts, Instant firstAttemptAt, Instant at, Instant next) {
        jdbc.sql("""
                        UPDATE webhook_deliveries SET status = :status, attempts = :attempts,
                            first_attempt_at = :first, last_attempt_at = :at, next_attempt_at = :next,
                            claim_token = NULL, claimed_until = NULL
                        WHERE id = :id AND claim_token = :token""")
                .param("status", status).param("attempts", attempts).param("first", Timestamp.from(firstAttemptAt))
                .param("at", Timestamp.from(at)).param("next", Timestamp.from(next == null ? at : next))
                .param("id", c.id()).param("token", c.token())
                .update();
    }

    /** Makes a row of the project due now, whatever its status; false when the project has no such row. */
    boolean makeDue(String projectId, String id, Instant now) {
        return jdbc.sql("""
                        UPDATE webhook_deliveries SET status = 'PENDING', next_attempt_at = :now
                        WHERE project_id = :project AND id = :id""")
                .param("now", Timestamp.from(now)).param("project", projectId).param("id", id)
                .update() == 1;
    }

    Optional<String> status(String id) {
        return jdbc.sql("SELECT status FROM webhook_deliveries WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    private static Claimed claimed(ResultSet rs, int row) throws SQLException {
        Timestamp first = rs.getTimestamp("first_attempt_at");
        return new Claimed(rs.getString("id"), rs.getString("project_id"), rs.getString("webhook_id"),
                rs.getString("target_url"), rs.getString("secret"), rs.getString("body"), rs.getInt("attempts"),
                first == null ? null : first.toInstant(), rs.getString("claim_token"));
    }
}
