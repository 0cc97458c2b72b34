package dev.voucheremulator.product;

import java.util.List;
import java.util.Map;

/** One item of {@code POST /v1/products/bulk/async} ({@code ProductsUpdateInBulkRequestBody}): an upsert by source_id,
 * checked by the service so that a bad item is named by its index. */
record BulkProductRequest(String sourceId, String name, Long price, List<String> attributes,
                          String imageUrl, Map<String, Object> metadata) implements ProductFields {
}
