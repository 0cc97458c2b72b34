package dev.voucheremulator.order;

import java.util.List;
import java.util.Map;

/**
 * Published, in the transaction that made it so, when an order becomes PAID: created or imported as
 * PAID, updated to PAID, or paid by a redemption. {@code customerId} may be null.
 */
public record OrderPaid(String projectId, String orderId, String customerId, Long amount, Long totalAmount,
                        List<Item> items, Map<String, Object> metadata) {

    public record Item(String productId, String skuId, Long quantity, Long amount, Long subtotalAmount) {
    }
}
