package dev.voucheremulator.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "sku")
class Sku {

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String productId;
    private String sourceId;
    private String sku;
    private Long price;
    private String currency;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> attributes = Map.of();
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private String imageUrl;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    @Version
    private long version;

    protected Sku() {
    }

    Sku(String id, String projectId, String productId, String sourceId, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.productId = productId;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String productId() { return productId; }
    String sourceId() { return sourceId; }
    String sku() { return sku; }
    Long price() { return price; }
    String currency() { return currency; }
    Map<String, Object> attributes() { return attributes; }
    Map<String, Object> metadata() { return metadata; }
    String imageUrl() { return imageUrl; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Instant deletedAt() { return deletedAt; }

    /** Sets the fields a request sends, clears those sent as null (no attributes, no metadata), leaves the rest. */
    void apply(SkuFields fields) {
        ProductFields.checkPrice(fields.price());
        sku = fields.sku().orElse(sku);
        price = fields.price().orElse(price);
        currency = fields.currency().orElse(currency);
        if (fields.attributes().isPresent()) {
            attributes = fields.attributes().hasValue() ? fields.attributes().value() : Map.of();
        }
        if (fields.metadata().isPresent()) {
            metadata = fields.metadata().hasValue() ? fields.metadata().value() : Map.of();
        }
        imageUrl = fields.imageUrl().orElse(imageUrl);
    }

    void touch(Instant at) {
        updatedAt = at;
    }

    void moveToBin(Instant at) {
        deletedAt = at;
    }
}
