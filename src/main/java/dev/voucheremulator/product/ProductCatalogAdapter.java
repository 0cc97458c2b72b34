package dev.voucheremulator.product;

import dev.voucheremulator.validationrule.ProductCatalog;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The products and SKUs validation rules name, looked up by id or source_id; binned ones are gone. */
@Component
@Transactional(readOnly = true)
class ProductCatalogAdapter implements ProductCatalog {

    private final ProductRepository products;
    private final SkuRepository skus;

    ProductCatalogAdapter(ProductRepository products, SkuRepository skus) {
        this.products = products;
        this.skus = skus;
    }

    @Override
    public Optional<Entry> product(String projectId, String idOrSourceId) {
        return products.findLive(projectId, idOrSourceId)
                .map(p -> new Entry(p.id(), p.sourceId(), null, null));
    }

    @Override
    public Optional<Entry> sku(String projectId, String idOrSourceId) {
        return skus.findLive(projectId, idOrSourceId).map(s -> new Entry(s.productId(),
                products.findById(s.productId()).map(Product::sourceId).orElse(null), s.id(), s.sourceId()));
    }
}
