package dev.voucheremulator.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ReferencedRows;
import dev.voucheremulator.support.RepositoryTest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The jsonb columns of products and SKUs (attributes, metadata) survive a save, flush, clear and read. */
@RepositoryTest
class ProductRepositoryTest {

    private static final Instant CREATED = Instant.parse("2025-02-03T04:05:06.789Z");

    @Autowired
    ProductRepository products;

    @Autowired
    SkuRepository skus;

    @Autowired
    EntityManager entityManager;

    @Autowired
    ReferencedRows rows;

    @Test
    void storesAProductsAttributesAndMetadataAsJsonb() {
        String projectId = rows.project();
        Product product = new Product("prod_000000000000000001", projectId, "shirt", CREATED);
        product.apply(UpdateProductRequest.of("Shirt", 2500L, List.of("color", "size"), richMetadata(), "https://x/y.png"));
        products.saveAndFlush(product);
        entityManager.clear();

        Product read = products.findLive(projectId, "shirt").orElseThrow();
        assertThat(read.id()).isEqualTo("prod_000000000000000001");
        assertThat(read.attributes()).containsExactly("color", "size");
        assertThat(read.metadata()).isEqualTo(richMetadata());
        assertThat(read.metadata().get("stock")).isInstanceOf(Integer.class);
        assertThat(read.metadata().get("weight")).isInstanceOf(Double.class);
        assertThat(read.price()).isEqualTo(2500L);
        assertThat(read.imageUrl()).isEqualTo("https://x/y.png");
        assertThat(read.createdAt()).isEqualTo(CREATED);
        assertThat(read.updatedAt()).isNull();
    }

    @Test
    void storesASkusAttributesAndMetadataAsJsonbAndBinsItWithItsProduct() {
        String projectId = rows.project();
        products.saveAndFlush(new Product("prod_000000000000000002", projectId, "phone", CREATED));
        Sku sku = new Sku("sku_000000000000000002", projectId, "prod_000000000000000002", "phone-red", CREATED);
        sku.apply(UpdateSkuRequest.of("Red phone", 5000L, "EUR", Map.of("color", "red", "memory", 16),
                null, richMetadata()));
        skus.saveAndFlush(sku);
        entityManager.clear();

        Sku read = skus.findLive(projectId, "sku_000000000000000002").orElseThrow();
        assertThat(read.attributes()).isEqualTo(Map.of("color", "red", "memory", 16));
        assertThat(read.metadata()).isEqualTo(richMetadata());
        assertThat(read.currency()).isEqualTo("EUR");
        assertThat(read.productId()).isEqualTo("prod_000000000000000002");

        assertThat(skus.moveToBinByProduct("prod_000000000000000002", CREATED)).isEqualTo(1);
        assertThat(skus.findLive(projectId, "phone-red")).isEmpty();
        assertThat(skus.findByProjectIdAndSourceId(projectId, "phone-red")).as("its source_id stays taken")
                .isPresent();
    }

    private static Map<String, Object> richMetadata() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("season", "summer");
        metadata.put("stock", 12);
        metadata.put("weight", 0.25);
        metadata.put("tags", List.of("new", "sale"));
        metadata.put("dimensions", Map.of("w", 10, "h", 20));
        metadata.put("fragile", true);
        return metadata;
    }
}
