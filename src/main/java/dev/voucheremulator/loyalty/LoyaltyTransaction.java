package dev.voucheremulator.loyalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a card's points (the spec's {@code LoyaltyCardTransaction}). Never changes. */
@Entity
@Table(name = "loyalty_transaction")
class LoyaltyTransaction {

    enum Type {
        POINTS_ADDITION, POINTS_REMOVAL, POINTS_EXPIRATION, POINTS_REDEMPTION, POINTS_REFUND, POINTS_ACCRUAL,
        POINTS_TRANSFER_OUT, POINTS_TRANSFER_IN, PENDING_POINTS_ACTIVATION
    }

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String campaignId;
    private String voucherId;
    private String type;
    private long points;
    private long balance;
    private long total;
    private String operationType;
    private String sourceId;
    private String source;
    private String reason;
    private String redemptionId;
    private String rollbackId;
    private String rewardId;
    private String rewardName;
    private String relatedTransactionId;
    private String orderId;
    private String earningRuleId;
    // source_voucher / destination_voucher of a transfer, pending_points of an activation
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> details;
    private Instant createdAt;

    protected LoyaltyTransaction() {
    }

    LoyaltyTransaction(String id, String projectId, String campaignId, String voucherId, Type type, long points,
                       long balance, long total, boolean automatic, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.voucherId = voucherId;
        this.type = type.name();
        this.points = points;
        this.balance = balance;
        this.total = total;
        this.operationType = automatic ? "AUTOMATIC" : "MANUAL";
        this.createdAt = createdAt;
    }

    LoyaltyTransaction described(String sourceId, String source, String reason) {
        this.sourceId = sourceId;
        this.source = source;
        this.reason = reason;
        return this;
    }

    LoyaltyTransaction redemption(String redemptionId, String rollbackId, String rewardId, String rewardName,
                                  String relatedTransactionId) {
        this.redemptionId = redemptionId;
        this.rollbackId = rollbackId;
        this.rewardId = rewardId;
        this.rewardName = rewardName;
        this.relatedTransactionId = relatedTransactionId;
        return this;
    }

    LoyaltyTransaction earned(String orderId, String earningRuleId) {
        this.orderId = orderId;
        this.earningRuleId = earningRuleId;
        return this;
    }

    LoyaltyTransaction detailed(String key, Object value, String relatedTransactionId) {
        this.details = Map.of(key, value);
        this.relatedTransactionId = relatedTransactionId;
        return this;
    }

    String id() { return id; }
    Long seq() { return seq; }
    String campaignId() { return campaignId; }
    String voucherId() { return voucherId; }
    String type() { return type; }
    long points() { return points; }
    long balance() { return balance; }
    long total() { return total; }
    String operationType() { return operationType; }
    String sourceId() { return sourceId; }
    String source() { return source; }
    String reason() { return reason; }
    String redemptionId() { return redemptionId; }
    String rollbackId() { return rollbackId; }
    String rewardId() { return rewardId; }
    String rewardName() { return rewardName; }
    String relatedTransactionId() { return relatedTransactionId; }
    String orderId() { return orderId; }
    String earningRuleId() { return earningRuleId; }
    Map<String, Object> details() { return details == null ? Map.of() : details; }
    Instant createdAt() { return createdAt; }
}
