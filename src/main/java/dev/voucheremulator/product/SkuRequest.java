package dev.voucheremulator.product;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/** The spec's {@code ProductsSkusCreateRequestBody}; an existing id or source_id updates that SKU (upsert). */
record SkuRequest(String id, String sourceId, String sku, @PositiveOrZero Long price, String currency,
                  Map<String, Object> attributes, String imageUrl, Map<String, Object> metadata) implements SkuFields {
}
