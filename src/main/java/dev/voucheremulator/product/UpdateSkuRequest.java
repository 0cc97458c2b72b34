package dev.voucheremulator.product;

import dev.voucheremulator.api.json.Patch;
import java.util.Map;

/** The spec's {@code ProductsSkusUpdateRequestBody}: every field is tri-state (see {@link SkuFields}). */
record UpdateSkuRequest(Patch<String> sku, Patch<Long> price, Patch<String> currency,
                        Patch<Map<String, Object>> attributes, Patch<String> imageUrl,
                        Patch<Map<String, Object>> metadata) implements SkuFields {

    /** Built here: a null value leaves that field. */
    static UpdateSkuRequest of(String sku, Long price, String currency, Map<String, Object> attributes,
                               String imageUrl, Map<String, Object> metadata) {
        return new UpdateSkuRequest(ProductFields.sent(sku), ProductFields.sent(price), ProductFields.sent(currency),
                ProductFields.sent(attributes), ProductFields.sent(imageUrl), ProductFields.sent(metadata));
    }
}
