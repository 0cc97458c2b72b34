package dev.voucheremulator.product;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.fixture.ProjectSection;
import dev.voucheremulator.api.fixture.SectionEntries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code products} of an export: POST /v1/products bodies, each with its {@code skus} as
 * POST /v1/products/{productId}/skus bodies.
 */
@Component
class ProductSection implements ProjectSection {

    private static final Set<String> PRODUCT = Set.of("id", "source_id", "name", "price", "attributes", "metadata",
            "image_url");
    private static final Set<String> SKU = Set.of("id", "source_id", "sku", "price", "currency", "attributes",
            "image_url", "metadata");
    private static final Sort OLDEST_FIRST = Sort.by("createdAt", "seq");

    private final ProductRepository products;
    private final SkuRepository skus;
    private final ProductService productService;
    private final SkuService skuService;
    private final SectionEntries entries;

    ProductSection(ProductRepository products, SkuRepository skus, ProductService productService,
                   SkuService skuService, SectionEntries entries) {
        this.products = products;
        this.skus = skus;
        this.productService = productService;
        this.skuService = skuService;
        this.entries = entries;
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(String projectId) {
        ProductListQuery all = new ProductListQuery(null, OLDEST_FIRST, null, null);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Product product : products.findAll(all.products(projectId), OLDEST_FIRST)) {
            ObjectNode body = entries.keep(ProductResponse.from(product), PRODUCT);
            var list = body.putArray("skus");
            skus.findAll(all.skus(product.id()), OLDEST_FIRST)
                    .forEach(sku -> list.add(entries.keep(SkuResponse.from(sku), SKU)));
            out.add(entries.map(body));
        }
        return out;
    }

    @Override
    @Transactional
    public Map<String, String> load(String projectId, Map<String, Object> entry) {
        Map<String, Object> product = SectionEntries.withoutId(entry);
        Object skuEntries = product.remove("skus");
        ProductResponse created = productService.create(projectId, entries.read(product, ProductRequest.class));
        Map<String, String> ids = new LinkedHashMap<>(SectionEntries.mapped(SectionEntries.idOf(entry), created.id()));
        if (skuEntries instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> raw)) {
                    throw ApiException.invalidPayload("skus[" + i + "] should be an object");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> sku = (Map<String, Object>) raw;
                SkuResponse made = skuService.create(projectId, created.id(),
                        entries.read(SectionEntries.withoutId(sku), SkuRequest.class));
                ids.putAll(SectionEntries.mapped(SectionEntries.idOf(sku), made.id()));
            }
        } else if (skuEntries != null) {
            throw ApiException.invalidPayload("Property 'skus' should be an array");
        }
        return ids;
    }
}
