package dev.voucheremulator.order;

import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "orders")
class Order {

    /** The amounts of {@code OrderCalculated}; null where unknown. */
    record Amounts(Long amount, Long initialAmount, Long discountAmount, Long itemsDiscountAmount,
                   Long totalDiscountAmount, Long totalAmount, Long appliedDiscountAmount,
                   Long itemsAppliedDiscountAmount, Long totalAppliedDiscountAmount) {
    }

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String sourceId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Long amount;
    private Long initialAmount;
    private Long discountAmount;
    private Long itemsDiscountAmount;
    private Long totalDiscountAmount;
    private Long totalAmount;
    private Long appliedDiscountAmount;
    private Long itemsAppliedDiscountAmount;
    private Long totalAppliedDiscountAmount;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<OrderCalculated.Item> items;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata;
    private String customerId;
    private String referrerId;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, OrderCalculated.RedemptionLink> redemptions;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Order() {
    }

    Order(String id, String projectId, String sourceId, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
        this.status = OrderStatus.CREATED;
    }

    void status(OrderStatus status) { this.status = status; }
    void sourceId(String sourceId) { this.sourceId = sourceId; }
    void items(List<OrderCalculated.Item> items) { this.items = items; }
    void metadata(Map<String, Object> metadata) { this.metadata = metadata; }
    void customerId(String customerId) { this.customerId = customerId; }
    void referrerId(String referrerId) { this.referrerId = referrerId; }
    void redemptions(Map<String, OrderCalculated.RedemptionLink> redemptions) { this.redemptions = redemptions; }
    void updatedAt(Instant at) { this.updatedAt = at; }

    void amounts(Amounts a) {
        amount = a.amount();
        initialAmount = a.initialAmount();
        discountAmount = a.discountAmount();
        itemsDiscountAmount = a.itemsDiscountAmount();
        totalDiscountAmount = a.totalDiscountAmount();
        totalAmount = a.totalAmount();
        appliedDiscountAmount = a.appliedDiscountAmount();
        itemsAppliedDiscountAmount = a.itemsAppliedDiscountAmount();
        totalAppliedDiscountAmount = a.totalAppliedDiscountAmount();
    }

    Amounts amounts() {
        return new Amounts(amount, initialAmount, discountAmount, itemsDiscountAmount, totalDiscountAmount,
                totalAmount, appliedDiscountAmount, itemsAppliedDiscountAmount, totalAppliedDiscountAmount);
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String sourceId() { return sourceId; }
    OrderStatus status() { return status; }
    List<OrderCalculated.Item> items() { return items; }
    Map<String, Object> metadata() { return metadata; }
    String customerId() { return customerId; }
    String referrerId() { return referrerId; }
    Map<String, OrderCalculated.RedemptionLink> redemptions() { return redemptions; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
