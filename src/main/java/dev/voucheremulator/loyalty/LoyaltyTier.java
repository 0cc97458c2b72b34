package dev.voucheremulator.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A level of a loyalty program, reached by the points range a member's balance falls in. */
@Entity
@Table(name = "loyalty_tier")
class LoyaltyTier {

    @Id
    private String id;
    private String projectId;
    private String campaignId;
    private String name;
    private Long pointsFrom;
    private Long pointsTo;
    @JdbcTypeCode(SqlTypes.JSON)
    private Definition definition;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata = Map.of();
    private Instant createdAt;
    private Instant updatedAt;

    /** What a tier carries that is only stored and echoed: by earning rule id and by reward id. */
    record Definition(Map<String, MappingPoints> earningRules, Map<String, MappingPoints> rewards) {
    }

    protected LoyaltyTier() {
    }

    LoyaltyTier(String id, String projectId, String campaignId, String name, Long pointsFrom, Long pointsTo,
                Definition definition, Map<String, Object> metadata, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.name = name;
        this.pointsFrom = pointsFrom;
        this.pointsTo = pointsTo;
        this.definition = definition;
        this.metadata = metadata == null ? Map.of() : metadata;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String campaignId() { return campaignId; }
    String name() { return name; }
    Long pointsFrom() { return pointsFrom; }
    Long pointsTo() { return pointsTo; }
    Definition definition() { return definition; }
    Map<String, Object> metadata() { return metadata; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    boolean contains(long points) {
        return (pointsFrom == null || points >= pointsFrom) && (pointsTo == null || points <= pointsTo);
    }
}
