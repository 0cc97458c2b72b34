package dev.voucheremulator.order;

import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The spec's {@code OrderCalculated} with {@code referrer_id} and {@code referrer}, as /v1/orders answers. */
public record OrderResponse(String id, String sourceId, OrderStatus status, Long amount, Long initialAmount,
                     Long discountAmount, Long itemsDiscountAmount, Long totalDiscountAmount, Long totalAmount,
                     Long appliedDiscountAmount, Long itemsAppliedDiscountAmount, Long totalAppliedDiscountAmount,
                     List<OrderCalculated.Item> items, Map<String, Object> metadata, String object,
                     Instant createdAt, Instant updatedAt, String customerId, String referrerId, Ref customer,
                     Ref referrer, Map<String, OrderCalculated.RedemptionLink> redemptions) {

    public record Ref(String id, String object) {
    }

    static OrderResponse from(Order o) {
        Order.Amounts a = o.amounts();
        return new OrderResponse(o.id(), o.sourceId(), o.status(), a.amount(), a.initialAmount(),
                a.discountAmount(), a.itemsDiscountAmount(), a.totalDiscountAmount(), a.totalAmount(),
                a.appliedDiscountAmount(), a.itemsAppliedDiscountAmount(), a.totalAppliedDiscountAmount(),
                o.items(), o.metadata(), "order", o.createdAt(), o.updatedAt(), o.customerId(), o.referrerId(),
                ref(o.customerId()), ref(o.referrerId()),
                o.redemptions() == null || o.redemptions().isEmpty() ? null : o.redemptions());
    }

    private static Ref ref(String customerId) {
        return customerId == null ? null : new Ref(customerId, "customer");
    }
}
