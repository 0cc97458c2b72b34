package dev.voucheremulator.promotion;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Validity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "promotion_tier")
public class PromotionTier {

    @Id
    private String id;
    private String projectId;
    private String campaignId;
    private String name;
    private String banner;
    @JdbcTypeCode(SqlTypes.JSON)
    private Action action;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private int hierarchy;
    private boolean active = true;
    @Embedded
    private Validity validity;
    private String categoryId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    /** A tier's {@code action}: the discount it grants. */
    public record Action(Discount discount) {
    }

    protected PromotionTier() {
    }

    PromotionTier(String id, String projectId, String campaignId, String name, int hierarchy, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.name = name;
        this.hierarchy = hierarchy;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String campaignId() { return campaignId; }
    public String name() { return name; }
    public String banner() { return banner; }
    public Action action() { return action; }
    public Map<String, Object> metadata() { return metadata; }
    public int hierarchy() { return hierarchy; }
    public boolean active() { return active; }
    // Hibernate leaves an embedded value null when all its columns are
    public Validity validity() { return validity == null ? Validity.NONE : validity; }
    public String categoryId() { return categoryId; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    void define(String banner, Action action, Map<String, Object> metadata, boolean active, String categoryId) {
        this.banner = banner;
        this.action = action;
        this.metadata = metadata == null ? Map.of() : metadata;
        this.active = active;
        this.categoryId = categoryId;
    }

    void validity(Validity validity) {
        this.validity = validity;
    }

    void rename(String name) { this.name = name; }
    void hierarchy(int hierarchy) { this.hierarchy = hierarchy; }
    void activate(boolean active) { this.active = active; }
    void touched(Instant at) { this.updatedAt = at; }
}
