package dev.voucheremulator.product;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.asyncaction.AsyncActionService;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Products: create (an upsert by id or source_id), read, list, update, delete, and the bulk updates. */
@Service
@Transactional(readOnly = true)
class ProductService {

    private final ProductRepository products;
    private final SkuRepository skus;
    private final AsyncActionService asyncActions;
    private final Clock clock;

    ProductService(ProductRepository products, SkuRepository skus, AsyncActionService asyncActions, Clock clock) {
        this.products = products;
        this.skus = skus;
        this.asyncActions = asyncActions;
        this.clock = clock;
    }

    @Transactional
    ProductResponse create(String projectId, ProductRequest body) {
        Product product;
        if (body.id() != null) {
            product = products.findByProjectIdAndIdAndDeletedAtIsNull(projectId, body.id())
                    .orElseThrow(() -> ApiException.notFound("product", body.id()));
            if (body.sourceId() != null && !body.sourceId().equals(product.sourceId())) {
                throw ApiException.invalidPayload("Cannot change the source_id of product " + product.id());
            }
            return ProductResponse.from(update(product, body));
        }
        if (body.sourceId() != null) {
            Product existing = products.findByProjectIdAndSourceId(projectId, body.sourceId()).orElse(null);
            if (existing != null && existing.deletedAt() != null) {
                throw ApiException.duplicate("product", "source_id", body.sourceId());
            }
            if (existing != null) {
                return ProductResponse.from(update(existing, body));
            }
        }
        return ProductResponse.from(insert(projectId, body.sourceId(), body));
    }

    ProductResponse get(String projectId, String productId) {
        return ProductResponse.from(find(projectId, productId));
    }

    ListEnvelope<ProductResponse> list(String projectId, ProductListQuery query) {
        Page<Product> page = products.findAll(query.products(projectId), query.pageable());
        return ListEnvelope.of("products", page.map(ProductResponse::from).getContent(), page.getTotalElements());
    }

    @Transactional
    ProductResponse update(String projectId, String productId, UpdateProductRequest body) {
        return ProductResponse.from(update(find(projectId, productId), body));
    }

    /** Without force the product and its SKUs go to the bin and keep their source_ids taken. */
    @Transactional
    void delete(String projectId, String productId, boolean force) {
        Product product = find(projectId, productId);
        if (force) {
            products.delete(product); // its SKUs go with it (on delete cascade)
            products.flush();
            return;
        }
        Instant now = now();
        skus.moveToBinByProduct(product.id(), now);
        product = find(projectId, productId);
        product.moveToBin(now);
        products.flush();
    }

    /** Upserts by source_id, each item on its own: a failed item is reported, the others still apply. */
    @Transactional
    Accepted bulkUpdate(String projectId, List<BulkProductRequest> items) {
        for (int i = 0; i < items.size(); i++) {
            BulkProductRequest item = items.get(i);
            if (item == null || item.sourceId() == null || item.sourceId().isBlank()) {
                throw ApiException.invalidPayload("Property '[" + i + "].source_id' is required");
            }
            if (item.price().hasValue() && item.price().value() < 0) {
                throw ApiException.invalidPayload("Property '[" + i + "].price' should be a non-negative integer");
            }
        }
        Map<String, BulkProductRequest> bySourceId = new LinkedHashMap<>();
        items.forEach(item -> bySourceId.merge(item.sourceId(), item, (a, b) -> b));
        Map<String, Product> found = products.findByProjectIdAndSourceIdInAndDeletedAtIsNull(projectId,
                bySourceId.keySet()).stream().collect(Collectors.toMap(Product::sourceId, Function.identity()));
        List<Map<String, Object>> errors = new ArrayList<>();
        int done = 0;
        for (BulkProductRequest item : bySourceId.values()) {
            Product product = found.get(item.sourceId());
            if (product != null) {
                update(product, item);
            } else if (products.findByProjectIdAndSourceId(projectId, item.sourceId()).isPresent()) {
                errors.add(Map.of("message", "Duplicated resource found", "key", "duplicate_found",
                        "details", "Product with source_id " + item.sourceId() + " is in the bin",
                        "source_id", item.sourceId()));
                continue;
            } else {
                insert(projectId, item.sourceId(), item);
            }
            done++;
        }
        return asyncActions.done(projectId, "PRODUCTS.BULK_UPDATE",
                Map.of("done_count", done, "failed_count", errors.size(), "errors", errors));
    }

    /** Merges the metadata into every product named (tri-state per key); a source_id naming no product is reported. */
    @Transactional
    Accepted updateMetadata(String projectId, ProductsMetadataRequest body) {
        Set<String> sourceIds = Set.copyOf(body.sourceIds());
        List<Product> found = products.findByProjectIdAndSourceIdInAndDeletedAtIsNull(projectId, sourceIds);
        Instant now = now();
        for (Product product : found) {
            Map<String, Object> merged = new LinkedHashMap<>(product.metadata());
            // key by key: a null removes the key, as for customers
            body.metadata().forEach((key, value) -> {
                if (value == null) {
                    merged.remove(key);
                } else {
                    merged.put(key, value);
                }
            });
            product.apply(UpdateProductRequest.of(null, null, null, merged, null));
            product.touch(now);
        }
        Set<String> updated = found.stream().map(Product::sourceId).collect(Collectors.toSet());
        List<Map<String, Object>> errors = body.sourceIds().stream().distinct()
                .filter(id -> !updated.contains(id))
                .map(id -> Map.<String, Object>of("message", "Resource not found", "key", "not_found",
                        "details", "Cannot find product with source_id " + id))
                .toList();
        products.flush();
        return asyncActions.done(projectId, "PRODUCTS.METADATA_UPDATE", Map.of("errors", errors));
    }

    Product insert(String projectId, String sourceId, ProductFields fields) {
        Product product = new Product(ResourceIds.product(), projectId, sourceId, now());
        product.apply(fields);
        // flushed here, so a lost race on product_source_id_uq is a 409 and not a failed commit
        return products.saveAndFlush(product);
    }

    Product update(Product product, ProductFields fields) {
        product.apply(fields);
        product.touch(now());
        return products.saveAndFlush(product);
    }

    Product find(String projectId, String productId) {
        return products.findLive(projectId, productId).orElseThrow(() -> ApiException.notFound("product", productId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
