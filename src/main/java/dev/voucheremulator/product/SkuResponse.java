package dev.voucheremulator.product;

import java.time.Instant;
import java.util.Map;

/** The spec's {@code Sku}. */
record SkuResponse(String id, String sourceId, String productId, String sku, Long price, String currency,
                   Map<String, Object> attributes, String imageUrl, Map<String, Object> metadata, Instant createdAt,
                   Instant updatedAt, String object) {

    static SkuResponse from(Sku s) {
        return new SkuResponse(s.id(), s.sourceId(), s.productId(), s.sku(), s.price(), s.currency(), s.attributes(),
                s.imageUrl(), s.metadata(), s.createdAt(), s.updatedAt(), "sku");
    }
}
