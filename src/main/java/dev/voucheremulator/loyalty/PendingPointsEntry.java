package dev.voucheremulator.loyalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Points an earning rule awarded with a delay (the spec's {@code LoyaltyPendingPoints}). */
@Entity
@Table(name = "loyalty_pending_points")
class PendingPointsEntry {

    enum Status { PENDING, ACTIVATED, CANCELED }

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String campaignId;
    private String voucherId;
    private String customerId;
    private String orderId;
    private String earningRuleId;
    private long points;
    private LocalDate activatesOn;
    private String status;
    // earning_rule.source.banner and order.source_id as they were when the points were earned
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> details = Map.of();
    private Instant createdAt;
    private Instant updatedAt;

    protected PendingPointsEntry() {
    }

    PendingPointsEntry(String id, String projectId, String campaignId, String voucherId, String customerId,
                       String orderId, String earningRuleId, long points, LocalDate activatesOn,
                       Map<String, Object> details, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.voucherId = voucherId;
        this.customerId = customerId;
        this.orderId = orderId;
        this.earningRuleId = earningRuleId;
        this.points = points;
        this.activatesOn = activatesOn;
        this.status = Status.PENDING.name();
        this.details = details == null ? Map.of() : details;
        this.createdAt = createdAt;
    }

    void settle(Status outcome, Instant now) {
        this.status = outcome.name();
        this.updatedAt = now;
    }

    void adjust(long delta, Instant now) {
        this.points += delta;
        this.updatedAt = now;
    }

    String id() { return id; }
    Long seq() { return seq; }
    String campaignId() { return campaignId; }
    String voucherId() { return voucherId; }
    String customerId() { return customerId; }
    String orderId() { return orderId; }
    String earningRuleId() { return earningRuleId; }
    String status() { return status; }
    long points() { return points; }
    LocalDate activatesOn() { return activatesOn; }
    Map<String, Object> details() { return details; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
