package dev.voucheremulator.product;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/**
 * The spec's {@code ProductsCreateRequestBody}. Like Voucherify, creating with the id or source_id of
 * an existing product updates that product (upsert).
 */
record ProductRequest(String id, String sourceId, String name, @PositiveOrZero Long price, List<String> attributes,
                      Map<String, Object> metadata, String imageUrl) implements ProductFields {
}
