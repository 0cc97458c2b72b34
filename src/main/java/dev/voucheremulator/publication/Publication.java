package dev.voucheremulator.publication;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One publication attempt: the codes given to a customer, or why none was. Never changes. */
@Entity
@Table(name = "publication")
class Publication {

    static final String SUCCESS = "SUCCESS";
    static final String FAILURE = "FAILURE";

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String campaignId;
    private String campaignName;
    private String customerId;
    private String trackingId;
    private String sourceId;
    private String channel;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private String result;
    private String failureCode;
    private String failureMessage;
    private String voucherCode;
    private String voucherType;
    private boolean isReferralCode;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "publication_voucher", joinColumns = @JoinColumn(name = "publication_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<PublishedVoucher> vouchers = new ArrayList<>();

    @Embeddable
    record PublishedVoucher(String voucherId, String code) {
    }

    protected Publication() {
    }

    Publication(String id, String projectId, String customerId, String trackingId, String sourceId, String channel,
                Map<String, Object> metadata, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.customerId = customerId;
        this.trackingId = trackingId;
        this.sourceId = sourceId;
        this.channel = channel;
        this.metadata = metadata == null ? Map.of() : metadata;
        this.createdAt = createdAt;
    }

    void campaign(String campaignId, String campaignName) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
    }

    void succeeded(List<PublishedVoucher> published, String voucherType, boolean isReferralCode) {
        this.result = SUCCESS;
        this.vouchers = new ArrayList<>(published);
        this.voucherCode = published.isEmpty() ? null : published.get(0).code();
        this.voucherType = voucherType;
        this.isReferralCode = isReferralCode;
    }

    void failed(String failureCode, String failureMessage, String requestedCode) {
        this.result = FAILURE;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
        this.voucherCode = requestedCode;
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String campaignId() { return campaignId; }
    String campaignName() { return campaignName; }
    String customerId() { return customerId; }
    String trackingId() { return trackingId; }
    String sourceId() { return sourceId; }
    String channel() { return channel; }
    Map<String, Object> metadata() { return metadata; }
    String result() { return result; }
    String failureCode() { return failureCode; }
    String failureMessage() { return failureMessage; }
    String voucherCode() { return voucherCode; }
    Instant createdAt() { return createdAt; }
    List<PublishedVoucher> vouchers() { return vouchers; }
}
