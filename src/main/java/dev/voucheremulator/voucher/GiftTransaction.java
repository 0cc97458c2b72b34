package dev.voucheremulator.voucher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a gift card's credits (a {@code VoucherTransaction} of type CREDITS_*). Never changes. */
@Entity
@Table(name = "gift_transaction")
class GiftTransaction {

    enum Type { CREDITS_ADDITION, CREDITS_REMOVAL, CREDITS_REDEMPTION, CREDITS_REFUND }

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String campaignId;
    private String voucherId;
    private String type;
    private long amount;
    private long balance;
    private long total;
    private String operationType;
    private String sourceId;
    private String source;
    private String reason;
    private String redemptionId;
    private String rollbackId;
    private String orderId;
    private Instant createdAt;

    protected GiftTransaction() {
    }

    GiftTransaction(String id, String projectId, String campaignId, String voucherId, Type type, long amount,
                    long balance, long total, boolean automatic, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.voucherId = voucherId;
        this.type = type.name();
        this.amount = amount;
        this.balance = balance;
        this.total = total;
        this.operationType = automatic ? "AUTOMATIC" : "MANUAL";
        this.createdAt = createdAt;
    }

    GiftTransaction described(String sourceId, String source, String reason) {
        this.sourceId = sourceId;
        this.source = source;
        this.reason = reason;
        return this;
    }

    GiftTransaction redemption(String redemptionId, String rollbackId, String orderId) {
        this.redemptionId = redemptionId;
        this.rollbackId = rollbackId;
        this.orderId = orderId;
        return this;
    }

    String id() { return id; }
    Long seq() { return seq; }
    String campaignId() { return campaignId; }
    String voucherId() { return voucherId; }
    String type() { return type; }
    long amount() { return amount; }
    long balance() { return balance; }
    long total() { return total; }
    String operationType() { return operationType; }
    String sourceId() { return sourceId; }
    String source() { return source; }
    String reason() { return reason; }
    String redemptionId() { return redemptionId; }
    String rollbackId() { return rollbackId; }
    String orderId() { return orderId; }
    Instant createdAt() { return createdAt; }
}
