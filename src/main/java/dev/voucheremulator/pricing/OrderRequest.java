package dev.voucheremulator.pricing;

import java.util.List;
import java.util.Map;

/** The spec's {@code Order}, as a validation or redemption request sends it. */
public record OrderRequest(String id, String sourceId, OrderStatus status, Long amount, Long initialAmount,
                           Long discountAmount, List<OrderItemRequest> items, Map<String, Object> metadata) {
}
