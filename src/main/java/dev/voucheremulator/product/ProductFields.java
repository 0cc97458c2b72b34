package dev.voucheremulator.product;

import java.util.List;
import java.util.Map;

/** What a create, update, bulk update or CSV row may set on a product; null means "leave as is". */
interface ProductFields {

    String name();

    Long price();

    List<String> attributes();

    Map<String, Object> metadata();

    String imageUrl();
}
