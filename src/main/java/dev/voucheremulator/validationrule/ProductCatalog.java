package dev.voucheremulator.validationrule;

import java.util.Optional;

/**
 * The port through which rule conditions on products and SKUs ({@code product.id}, {@code sku.id})
 * learn what an order item names: the product module implements it, so this module never reaches into
 * products itself. Both methods take an id or a source_id.
 */
public interface ProductCatalog {

    /** A product, or a SKU with its product; the SKU fields are null for a product. */
    record Entry(String productId, String productSourceId, String skuId, String skuSourceId) {
    }

    Optional<Entry> product(String projectId, String idOrSourceId);

    Optional<Entry> sku(String projectId, String idOrSourceId);
}
