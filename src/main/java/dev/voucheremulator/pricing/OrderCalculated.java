package dev.voucheremulator.pricing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Voucherify's {@code OrderCalculated}: the order as a validation or redemption computed it.
 * {@code discount_amount} sums the order-level discounts of the request so far,
 * {@code applied_*} what one redeemable (or, on the request's own order, the whole request) took off.
 */
public record OrderCalculated(String id,
                       String sourceId,
                       OrderStatus status,
                       Long amount,
                       Long initialAmount,
                       Long discountAmount,
                       Long itemsDiscountAmount,
                       Long totalDiscountAmount,
                       Long totalAmount,
                       Long appliedDiscountAmount,
                       Long itemsAppliedDiscountAmount,
                       Long totalAppliedDiscountAmount,
                       List<Item> items,
                       Map<String, Object> metadata,
                       String customerId,
                       CustomerId customer,
                       Map<String, RedemptionLink> redemptions,
                       Instant createdAt,
                       Instant updatedAt,
                       String object) {

    /** {@code OrderCalculatedItem}. */
    public record Item(String object,
                String sourceId,
                String productId,
                String skuId,
                String relatedObject,
                Long quantity,
                Long discountQuantity,
                Long initialQuantity,
                Long amount,
                Long discountAmount,
                Long appliedDiscountAmount,
                Long initialAmount,
                Long price,
                Long subtotalAmount,
                OrderItemRequest.ItemProduct product,
                OrderItemRequest.ItemSku sku,
                Map<String, Object> metadata) {
    }

    public record CustomerId(String id, String object) {
    }

    /** An entry of {@code order.redemptions}, keyed by redemption id. */
    public record RedemptionLink(Instant date, String relatedObjectType, String relatedObjectId,
                          String relatedObjectParentId, String rollbackId, Instant rollbackDate) {
    }

    public OrderCalculated withIdentity(String id, OrderStatus status, String customerId,
                                        Map<String, RedemptionLink> redemptions, Instant createdAt) {
        return new OrderCalculated(id, sourceId, status, amount, initialAmount, discountAmount, itemsDiscountAmount,
                totalDiscountAmount, totalAmount, appliedDiscountAmount, itemsAppliedDiscountAmount,
                totalAppliedDiscountAmount, items, metadata, customerId,
                customerId == null ? null : new CustomerId(customerId, "customer"), redemptions, createdAt,
                updatedAt, object);
    }

    /** The order as a rollback shows it: nothing discounted any more. */
    public OrderCalculated withoutDiscounts(OrderStatus newStatus, Instant at) {
        List<Item> plain = items == null ? null : items.stream().map(i -> new Item(i.object(), i.sourceId(),
                i.productId(), i.skuId(), i.relatedObject(), i.quantity(), null, i.initialQuantity(), i.amount(), null,
                null, i.initialAmount(), i.price(), i.amount(), i.product(), i.sku(), i.metadata())).toList();
        return new OrderCalculated(id, sourceId, newStatus == null ? status : newStatus, amount, initialAmount,
                amount == null ? null : 0L, amount == null ? null : 0L, amount == null ? null : 0L, amount,
                amount == null ? null : 0L, amount == null ? null : 0L, amount == null ? null : 0L, plain, metadata,
                customerId, customer, redemptions, createdAt, at, object);
    }
}
