package dev.voucheremulator.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "product")
class Product {

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String sourceId;
    private String name;
    private Long price;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> attributes = List.of();
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private String imageUrl;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    @Version
    private long version;

    protected Product() {
    }

    Product(String id, String projectId, String sourceId, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.sourceId = sourceId;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String projectId() { return projectId; }
    String sourceId() { return sourceId; }
    String name() { return name; }
    Long price() { return price; }
    List<String> attributes() { return attributes; }
    Map<String, Object> metadata() { return metadata; }
    String imageUrl() { return imageUrl; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Instant deletedAt() { return deletedAt; }

    /** Sets the fields a request sends, clears those sent as null (no attributes, no metadata), leaves the rest. */
    void apply(ProductFields fields) {
        ProductFields.checkPrice(fields.price());
        name = fields.name().orElse(name);
        price = fields.price().orElse(price);
        if (fields.attributes().isPresent()) {
            attributes = fields.attributes().hasValue() ? List.copyOf(fields.attributes().value()) : List.of();
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
