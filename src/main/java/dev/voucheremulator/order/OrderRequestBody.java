package dev.voucheremulator.order;

import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.pricing.OrderItemRequest;
import dev.voucheremulator.pricing.OrderStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec's {@code OrdersCreateRequestBody}, {@code OrdersUpdateRequestBody} and an item of
 * {@code OrdersImportCreateRequestBody}. Updating an order (also a create naming an existing one) is
 * tri-state: an absent field keeps its value, a value sets it, null clears it (amounts, items, metadata,
 * customer, referrer). An order always has a status and is named by its source_id, so a null there keeps
 * the value; id and created_at only matter to a new order.
 */
record OrderRequestBody(String id, Patch<String> sourceId, Patch<OrderStatus> status, Patch<Long> amount,
                        Patch<Long> initialAmount, Patch<Long> discountAmount, Patch<List<OrderItemRequest>> items,
                        Patch<Map<String, Object>> metadata, Instant createdAt, Patch<String> customerId,
                        Patch<String> referrerId, Patch<OrderBody.Person> customer, Patch<OrderBody.Person> referrer) {

    /** The values sent (absent and null alike read as null). */
    OrderBody values() {
        return new OrderBody(id, sourceId.value(), status.value(), amount.value(), initialAmount.value(),
                discountAmount.value(), items.value(), metadata.value(), createdAt, customerId.value(),
                referrerId.value(), customer.value(), referrer.value());
    }

    /** The wire names of the fields sent as null, to be cleared. */
    Set<String> cleared() {
        Set<String> cleared = new HashSet<>();
        Map<String, Patch<?>> clearable = Map.of("amount", amount, "initial_amount", initialAmount,
                "discount_amount", discountAmount, "items", items, "metadata", metadata);
        clearable.forEach((name, patch) -> {
            if (patch.isPresent() && patch.value() == null) {
                cleared.add(name);
            }
        });
        if (clears(customerId, customer)) {
            cleared.add("customer");
        }
        if (clears(referrerId, referrer)) {
            cleared.add("referrer");
        }
        return cleared;
    }

    // customer_id and customer name the same person: null in one and no value in the other clears it
    private static boolean clears(Patch<String> id, Patch<OrderBody.Person> person) {
        boolean sentNull = id.isPresent() && id.value() == null || person.isPresent() && person.value() == null;
        return sentNull && !id.hasValue() && !person.hasValue();
    }
}
