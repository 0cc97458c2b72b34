package dev.voucheremulator.product;

import dev.voucheremulator.api.json.Patch;
import java.util.List;
import java.util.Map;

/**
 * The spec's {@code ProductsCreateRequestBody}. Like Voucherify, creating with the id or source_id of
 * an existing product updates that product (upsert), field by field as an update does.
 */
record ProductRequest(String id, String sourceId, Patch<String> name, Patch<Long> price,
                      Patch<List<String>> attributes, Patch<Map<String, Object>> metadata,
                      Patch<String> imageUrl) implements ProductFields {
}
