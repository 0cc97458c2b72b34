package dev.voucheremulator.redemption;

import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.validation.CustomerSnapshot;
import dev.voucheremulator.validation.StackableRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;
import tools.jackson.databind.JsonNode;

/**
 * A redemption or a rollback, successful or failed ({@code object} tells which). Written once;
 * afterwards only a redemption's status changes, by a conditional update when it is rolled back.
 */
@Entity
@Table(name = "redemption")
class Redemption implements Persistable<String> {

    static final String REDEMPTION = "redemption";
    static final String ROLLBACK = "redemption_rollback";

    /** SINGLE: a request with one redeemable; PARENT and CHILD: a stacked request and its redeemables. */
    enum Role { SINGLE, PARENT, CHILD }

    enum Result { SUCCESS, FAILURE }

    enum Status { SUCCEEDED, FAILED, ROLLED_BACK }

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String object;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String parentId;
    private String redemptionId;
    @Enumerated(EnumType.STRING)
    private Result result;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String failureCode;
    private String failureMessage;
    private String relatedObjectType;
    private String relatedObjectId;
    private String voucherId;
    private String voucherCode;
    private String promotionTierId;
    private String campaignId;
    private String campaignName;
    private String customerId;
    private String customerSourceId;
    private String trackingId;
    private String orderId;
    private Long orderAmount;
    private long discountAmount;
    private Long giftAmount;
    private Long loyaltyPoints;
    private String rewardId;
    private String rewardName;
    private String reason;
    private String rollbackId;
    private Instant rolledBackAt;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    @JdbcTypeCode(SqlTypes.JSON)
    private StackableRequest.SessionRequest session;
    @JdbcTypeCode(SqlTypes.JSON)
    private OrderCalculated orderData;
    @JdbcTypeCode(SqlTypes.JSON)
    private CustomerSnapshot customer;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode voucher;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode promotionTier;
    private Instant createdAt;
    // Ids are assigned, never updated in place: saving a new one is an insert, without a select first.
    @Transient
    private boolean fresh = true;

    protected Redemption() {
    }

    Redemption(String id, String projectId, String object, Role role, Result result, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.object = object;
        this.role = role;
        this.result = result;
        this.status = result == Result.SUCCESS ? Status.SUCCEEDED : Status.FAILED;
        this.createdAt = createdAt;
    }

    @Override
    public String getId() { return id; }

    @Override
    public boolean isNew() { return fresh; }

    @PostLoad
    @PostPersist
    void stored() { this.fresh = false; }

    String id() { return id; }
    String projectId() { return projectId; }
    String object() { return object; }
    Role role() { return role; }
    String parentId() { return parentId; }
    String redemptionId() { return redemptionId; }
    Result result() { return result; }
    Status status() { return status; }
    String failureCode() { return failureCode; }
    String failureMessage() { return failureMessage; }
    String relatedObjectType() { return relatedObjectType; }
    String relatedObjectId() { return relatedObjectId; }
    String voucherId() { return voucherId; }
    String voucherCode() { return voucherCode; }
    String promotionTierId() { return promotionTierId; }
    String campaignId() { return campaignId; }
    String campaignName() { return campaignName; }
    String customerId() { return customerId; }
    String customerSourceId() { return customerSourceId; }
    String trackingId() { return trackingId; }
    String orderId() { return orderId; }
    Long orderAmount() { return orderAmount; }
    long discountAmount() { return discountAmount; }
    Long giftAmount() { return giftAmount; }
    Long loyaltyPoints() { return loyaltyPoints; }
    String rewardId() { return rewardId; }
    String rewardName() { return rewardName; }
    String reason() { return reason; }
    String rollbackId() { return rollbackId; }
    Instant rolledBackAt() { return rolledBackAt; }
    Map<String, Object> metadata() { return metadata; }
    StackableRequest.SessionRequest session() { return session; }
    OrderCalculated orderData() { return orderData; }
    CustomerSnapshot customer() { return customer; }
    JsonNode voucher() { return voucher; }
    JsonNode promotionTier() { return promotionTier; }
    Instant createdAt() { return createdAt; }

    boolean isRollback() {
        return ROLLBACK.equals(object);
    }

    Redemption parent(String parentId) {
        this.parentId = parentId;
        return this;
    }

    Redemption rollbackOf(String redemptionId, String reason) {
        this.redemptionId = redemptionId;
        this.reason = reason;
        return this;
    }

    Redemption failed(String code, String message) {
        this.failureCode = code;
        this.failureMessage = message;
        return this;
    }

    Redemption related(String type, String id) {
        this.relatedObjectType = type;
        this.relatedObjectId = id;
        return this;
    }

    Redemption voucher(String voucherId, String code, JsonNode snapshot) {
        this.voucherId = voucherId;
        this.voucherCode = code;
        this.voucher = snapshot;
        return this;
    }

    Redemption promotionTier(String tierId, JsonNode snapshot) {
        this.promotionTierId = tierId;
        this.promotionTier = snapshot;
        return this;
    }

    Redemption campaign(String campaignId, String campaignName) {
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        return this;
    }

    Redemption customer(CustomerSnapshot customer, String trackingId) {
        this.customer = customer;
        this.customerId = customer == null ? null : customer.id();
        this.customerSourceId = customer == null ? null : customer.sourceId();
        this.trackingId = trackingId;
        return this;
    }

    Redemption order(String orderId, Long orderAmount, OrderCalculated order) {
        this.orderId = orderId;
        this.orderAmount = orderAmount;
        this.orderData = order;
        return this;
    }

    Redemption amounts(long discountAmount, Long giftAmount) {
        this.discountAmount = discountAmount;
        this.giftAmount = giftAmount;
        return this;
    }

    /** The points a loyalty card paid for a reward (negative when a rollback gives them back). */
    Redemption loyalty(Long points, String rewardId, String rewardName) {
        this.loyaltyPoints = points;
        this.rewardId = rewardId;
        this.rewardName = rewardName;
        return this;
    }

    Redemption context(Map<String, Object> metadata, StackableRequest.SessionRequest session) {
        this.metadata = metadata == null ? Map.of() : metadata;
        this.session = session;
        return this;
    }
}
