package dev.voucheremulator.product;

import dev.voucheremulator.api.json.Patch;
import java.util.List;
import java.util.Map;

/** The spec's {@code ProductsUpdateRequestBody}: every field is tri-state (see {@link ProductFields}). */
record UpdateProductRequest(Patch<String> name, Patch<Long> price, Patch<List<String>> attributes,
                            Patch<Map<String, Object>> metadata, Patch<String> imageUrl) implements ProductFields {

    /** Built here: a null value leaves that field. */
    static UpdateProductRequest of(String name, Long price, List<String> attributes, Map<String, Object> metadata,
                                   String imageUrl) {
        return new UpdateProductRequest(ProductFields.sent(name), ProductFields.sent(price),
                ProductFields.sent(attributes), ProductFields.sent(metadata), ProductFields.sent(imageUrl));
    }
}
