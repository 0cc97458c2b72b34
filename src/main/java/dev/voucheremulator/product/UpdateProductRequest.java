package dev.voucheremulator.product;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;

/** The spec's {@code ProductsUpdateRequestBody}: only the fields sent change. */
record UpdateProductRequest(String name, @PositiveOrZero Long price, List<String> attributes,
                            Map<String, Object> metadata, String imageUrl) implements ProductFields {
}
