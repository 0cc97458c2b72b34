package dev.voucheremulator.product;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SKUs of a product: create (an upsert by id or source_id), read, list, update, delete. */
@Service
@Transactional(readOnly = true)
class SkuService {

    private final ProductService products;
    private final SkuRepository skus;
    private final Clock clock;

    SkuService(ProductService products, SkuRepository skus, Clock clock) {
        this.products = products;
        this.skus = skus;
        this.clock = clock;
    }

    @Transactional
    SkuResponse create(String projectId, String productId, SkuRequest body) {
        Product product = products.find(projectId, productId);
        Sku existing = null;
        if (body.id() != null) {
            existing = skus.findByProjectIdAndIdAndDeletedAtIsNull(projectId, body.id())
                    .orElseThrow(() -> ApiException.notFound("sku", body.id()));
        } else if (body.sourceId() != null) {
            existing = skus.findByProjectIdAndSourceId(projectId, body.sourceId()).orElse(null);
            if (existing != null && existing.deletedAt() != null) {
                throw ApiException.duplicate("sku", "source_id", body.sourceId());
            }
        }
        if (existing != null) {
            if (!existing.productId().equals(product.id())) {
                throw ApiException.duplicate("sku", "source_id", existing.sourceId());
            }
            return SkuResponse.from(update(existing, body));
        }
        return SkuResponse.from(insert(projectId, product.id(), body.sourceId(), body));
    }

    /** {@code GET /v1/skus/{skuId}}: by id or source_id, whatever its product. */
    SkuResponse get(String projectId, String skuId) {
        return SkuResponse.from(skus.findLive(projectId, skuId).orElseThrow(() -> ApiException.notFound("sku", skuId)));
    }

    ListEnvelope<SkuResponse> list(String projectId, String productId, ProductListQuery query) {
        Product product = products.find(projectId, productId);
        Page<Sku> page = skus.findAll(query.skus(product.id()), query.pageable());
        return ListEnvelope.of("skus", page.map(SkuResponse::from).getContent(), page.getTotalElements());
    }

    @Transactional
    SkuResponse update(String projectId, String productId, String skuId, UpdateSkuRequest body) {
        return SkuResponse.from(update(find(projectId, productId, skuId), body));
    }

    /** Without force the SKU goes to the bin and keeps its source_id taken. */
    @Transactional
    void delete(String projectId, String productId, String skuId, boolean force) {
        Sku sku = find(projectId, productId, skuId);
        if (force) {
            skus.delete(sku);
        } else {
            sku.moveToBin(now());
        }
        skus.flush();
    }

    Sku insert(String projectId, String productId, String sourceId, SkuFields fields) {
        Sku sku = new Sku(ResourceIds.sku(), projectId, productId, sourceId, now());
        sku.apply(fields);
        // flushed here, so a lost race on sku_source_id_uq is a 409 and not a failed commit
        return skus.saveAndFlush(sku);
    }

    Sku update(Sku sku, SkuFields fields) {
        sku.apply(fields);
        sku.touch(now());
        return skus.saveAndFlush(sku);
    }

    private Sku find(String projectId, String productId, String skuId) {
        Product product = products.find(projectId, productId);
        return skus.findLive(projectId, skuId).filter(s -> s.productId().equals(product.id()))
                .orElseThrow(() -> ApiException.notFound("sku", skuId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
