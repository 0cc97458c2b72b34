package dev.voucheremulator.product;

import dev.voucheremulator.api.json.Patch;
import java.util.Map;

/** The spec's {@code ProductsSkusCreateRequestBody}; an existing id or source_id updates that SKU (upsert). */
record SkuRequest(String id, String sourceId, Patch<String> sku, Patch<Long> price, Patch<String> currency,
                  Patch<Map<String, Object>> attributes, Patch<String> imageUrl,
                  Patch<Map<String, Object>> metadata) implements SkuFields {
}
