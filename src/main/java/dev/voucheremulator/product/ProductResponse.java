package dev.voucheremulator.product;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The spec's {@code Product}; {@code skus} is left out, as in the answers the SDK's snapshots record. */
record ProductResponse(String id, String sourceId, String name, Long price, List<String> attributes,
                       Map<String, Object> metadata, String imageUrl, Instant createdAt, Instant updatedAt,
                       String object) {

    static ProductResponse from(Product p) {
        return new ProductResponse(p.id(), p.sourceId(), p.name(), p.price(), p.attributes(), p.metadata(),
                p.imageUrl(), p.createdAt(), p.updatedAt(), "product");
    }
}
