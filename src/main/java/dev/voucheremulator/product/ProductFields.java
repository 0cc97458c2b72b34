package dev.voucheremulator.product;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.json.Patch;
import java.util.List;
import java.util.Map;

/**
 * What a create, update, bulk update or CSV row may set on a product, tri-state: absent leaves a field,
 * null clears it, a value sets it.
 */
interface ProductFields {

    Patch<String> name();

    Patch<Long> price();

    Patch<List<String>> attributes();

    Patch<Map<String, Object>> metadata();

    Patch<String> imageUrl();

    /** A field built here (CSV cell, merged metadata): null leaves it. */
    static <T> Patch<T> sent(T value) {
        return value == null ? Patch.absent() : Patch.of(value);
    }

    static void checkPrice(Patch<Long> price) {
        if (price.hasValue() && price.value() < 0) {
            throw ApiException.invalidPayload("Property 'price' must be greater than or equal to 0");
        }
    }
}
