package dev.voucheremulator.order;

import dev.voucheremulator.pricing.OrderItemRequest;
import dev.voucheremulator.pricing.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The values of an {@link OrderRequestBody}: an {@code Order} with its customer and referrer. */
record OrderBody(String id, String sourceId, OrderStatus status, Long amount, Long initialAmount,
                 Long discountAmount, List<OrderItemRequest> items, Map<String, Object> metadata,
                 Instant createdAt, String customerId, String referrerId, Person customer, Person referrer) {

    /** The spec's {@code Customer} / {@code Referrer}: an {@code id}, or a {@code source_id}. */
    record Person(String id, String sourceId, String name, String description, String email, String phone,
                  Map<String, Object> metadata) {
    }
}
