package dev.voucheremulator.product;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/** The spec's {@code ProductsSkusUpdateRequestBody}: only the fields sent change. */
record UpdateSkuRequest(String sku, @PositiveOrZero Long price, String currency, Map<String, Object> attributes,
                        String imageUrl, Map<String, Object> metadata) implements SkuFields {
}
