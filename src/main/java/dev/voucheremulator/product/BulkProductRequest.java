package dev.voucheremulator.product;

import dev.voucheremulator.api.json.Patch;
import java.util.List;
import java.util.Map;

/** One item of {@code POST /v1/products/bulk/async} ({@code ProductsUpdateInBulkRequestBody}): an upsert by source_id,
 * checked by the service so that a bad item is named by its index. */
record BulkProductRequest(String sourceId, Patch<String> name, Patch<Long> price, Patch<List<String>> attributes,
                          Patch<String> imageUrl, Patch<Map<String, Object>> metadata) implements ProductFields {
}
