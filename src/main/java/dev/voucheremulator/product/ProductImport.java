package dev.voucheremulator.product;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.asyncaction.AsyncActionService;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV imports of products and SKUs. Each row is an upsert by source_id; a row that cannot be stored is
 * reported in the async action's {@code failed} list and the others still go in.
 * Products: name, source_id, price, attributes (comma-separated), image_url; other columns are metadata.
 * SKUs: product_id (the product's id or source_id), sku, source_id, price, currency, image_url; a column
 * named after one of the product's attributes is an attribute of the SKU, any other is metadata.
 */
@Service
@Transactional(readOnly = true)
class ProductImport {

    private static final Set<String> PRODUCT_COLUMNS = Set.of("name", "source_id", "price", "attributes", "image_url");
    private static final Set<String> SKU_COLUMNS = Set.of("product_id", "sku", "source_id", "price", "currency",
            "image_url");

    private final ProductService products;
    private final SkuService skus;
    private final ProductRepository productRepository;
    private final SkuRepository skuRepository;
    private final AsyncActionService asyncActions;

    ProductImport(ProductService products, SkuService skus, ProductRepository productRepository,
                  SkuRepository skuRepository, AsyncActionService asyncActions) {
        this.products = products;
        this.skus = skus;
        this.productRepository = productRepository;
        this.skuRepository = skuRepository;
        this.asyncActions = asyncActions;
    }

    @Transactional
    Accepted importProducts(String projectId, CsvTable csv) {
        List<Map<String, Object>> failed = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> row = csv.rows().get(i);
            String sourceId = row.get("source_id");
            try {
                Map<String, Object> metadata = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    if (!PRODUCT_COLUMNS.contains(column)) {
                        metadata.put(column, value);
                    }
                });
                List<String> attributes = row.containsKey("attributes")
                        ? Arrays.stream(row.get("attributes").split(",")).map(String::trim)
                                .filter(a -> !a.isEmpty()).toList()
                        : null;
                UpdateProductRequest fields = UpdateProductRequest.of(row.get("name"), price(row), attributes,
                        metadata.isEmpty() ? null : metadata, row.get("image_url"));
                Product existing = sourceId == null ? null
                        : productRepository.findByProjectIdAndSourceId(projectId, sourceId).orElse(null);
                if (existing != null && existing.deletedAt() != null) {
                    throw ApiException.duplicate("product", "source_id", sourceId);
                } else if (existing != null) {
                    products.update(existing, fields);
                } else {
                    products.insert(projectId, sourceId, fields);
                }
                done++;
            } catch (ApiException e) {
                failed.add(failure(i, sourceId, e));
            }
        }
        return asyncActions.done(projectId, "PRODUCTS.IMPORT_CSV", result(done, failed));
    }

    @Transactional
    Accepted importSkus(String projectId, CsvTable csv) {
        List<Map<String, Object>> failed = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < csv.rows().size(); i++) {
            Map<String, String> row = csv.rows().get(i);
            String sourceId = row.get("source_id");
            try {
                String productId = row.get("product_id");
                if (productId == null) {
                    throw ApiException.invalidPayload("Missing product_id");
                }
                Product product = products.find(projectId, productId);
                Map<String, Object> attributes = new LinkedHashMap<>();
                Map<String, Object> metadata = new LinkedHashMap<>();
                row.forEach((column, value) -> {
                    if (!SKU_COLUMNS.contains(column)) {
                        (product.attributes().contains(column) ? attributes : metadata).put(column, value);
                    }
                });
                UpdateSkuRequest fields = UpdateSkuRequest.of(row.get("sku"), price(row), row.get("currency"),
                        attributes.isEmpty() ? null : attributes, row.get("image_url"),
                        metadata.isEmpty() ? null : metadata);
                Sku existing = sourceId == null ? null
                        : skuRepository.findByProjectIdAndSourceId(projectId, sourceId).orElse(null);
                if (existing != null && (existing.deletedAt() != null || !existing.productId().equals(product.id()))) {
                    throw ApiException.duplicate("sku", "source_id", sourceId);
                } else if (existing != null) {
                    skus.update(existing, fields);
                } else {
                    skus.insert(projectId, product.id(), sourceId, fields);
                }
                done++;
            } catch (ApiException e) {
                failed.add(failure(i, sourceId, e));
            }
        }
        return asyncActions.done(projectId, "SKUS.IMPORT_CSV", result(done, failed));
    }

    private static Long price(Map<String, String> row) {
        String price = row.get("price");
        if (price == null) {
            return null;
        }
        try {
            long value = Long.parseLong(price);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidPayload("price should be a non-negative integer, not '" + price + "'");
    }

    // row counts data rows from 1, without the header row
    private static Map<String, Object> failure(int index, String sourceId, ApiException e) {
        Map<String, Object> failure = new LinkedHashMap<>();
        failure.put("row", index + 1);
        if (sourceId != null) {
            failure.put("source_id", sourceId);
        }
        failure.put("reason", e.details() != null ? e.details() : e.getMessage());
        return failure;
    }

    private static Map<String, Object> result(int done, List<Map<String, Object>> failed) {
        return Map.of("message", done + " imported, " + failed.size() + " failed", "done_count", done,
                "failed_count", failed.size(), "failed", failed);
    }
}
