package dev.voucheremulator.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/** One item of {@code POST /v1/products/bulk/async} ({@code ProductsUpdateInBulkRequestBody}): an upsert by source_id. */
record BulkProductRequest(@NotBlank String sourceId, String name, @PositiveOrZero Long price, List<String> attributes,
                          String imageUrl, Map<String, Object> metadata) implements ProductFields {
}
