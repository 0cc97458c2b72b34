package dev.voucheremulator.product;

import dev.voucheremulator.api.json.Patch;
import java.util.Map;

/**
 * What a create, update or CSV row may set on a SKU, tri-state: absent leaves a field, null clears it,
 * a value sets it.
 */
interface SkuFields {

    Patch<String> sku();

    Patch<Long> price();

    Patch<String> currency();

    Patch<Map<String, Object>> attributes();

    Patch<Map<String, Object>> metadata();

    Patch<String> imageUrl();
}
