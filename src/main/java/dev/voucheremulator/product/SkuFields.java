package dev.voucheremulator.product;

import java.util.Map;

/** What a create, update or CSV row may set on a SKU; null means "leave as is". */
interface SkuFields {

    String sku();

    Long price();

    String currency();

    Map<String, Object> attributes();

    Map<String, Object> metadata();

    String imageUrl();
}
