/**
 * /v1/products and their SKUs (/v1/skus): the catalogue order items and validation rules name by id
 * or source_id. Implements {@link dev.voucheremulator.validationrule.ProductCatalog}, the port through
 * which validation rules resolve the products and SKUs they and an order's items name.
 */
@ApplicationModule(displayName = "Products")
package dev.voucheremulator.product;

import org.springframework.modulith.ApplicationModule;
