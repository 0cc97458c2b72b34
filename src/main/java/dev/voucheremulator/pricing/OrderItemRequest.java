package dev.voucheremulator.pricing;

import java.util.Map;

/** The spec's {@code OrderItem}: {@code amount} wins over {@code price} x {@code quantity}. */
public record OrderItemRequest(String skuId, String productId, String relatedObject, String sourceId, Long quantity,
                               Long amount, Long price, Long discountAmount, ItemProduct product, ItemSku sku,
                               Map<String, Object> metadata) {

    public record ItemProduct(String id, String sourceId, Boolean override, String name,
                              Map<String, Object> metadata, Long price) {
    }

    public record ItemSku(String id, String sourceId, Boolean override, String sku, Long price,
                          Map<String, Object> metadata) {
    }
}
