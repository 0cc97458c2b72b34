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

    /** Sets the fields a request names; null leaves a field as it is. */
    void apply(SkuFields fields) {
        if (fields.sku() != null) {
            sku = fields.sku();
        }
        if (fields.price() != null) {
            price = fields.price();
        }
        if (fields.currency() != null) {
            currency = fields.currency();
        }
        if (fields.attributes() != null) {
            attributes = fields.attributes();
        }
        if (fields.metadata() != null) {
            metadata = fields.metadata();
        }
        if (fields.imageUrl() != null) {
            imageUrl = fields.imageUrl();
        }
    }

    void touch(Instant at) {
        updatedAt = at;
    }

    void moveToBin(Instant at) {
        deletedAt = at;
    }
}
