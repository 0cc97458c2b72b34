package dev.voucheremulator.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something members buy with points: a product (MATERIAL), a campaign's voucher (CAMPAIGN) or a discount (COIN). */
@Entity
@Table(name = "reward")
class Reward {

    enum Type { CAMPAIGN, COIN, MATERIAL }

    /** What is stored and echoed as sent: parameters, stock, attributes, metadata. */
    record Definition(RewardParameters parameters, Long stock, Attributes attributes, Map<String, Object> metadata) {
    }

    record Attributes(String imageUrl, String description) {

        static final Attributes NONE = new Attributes(null, null);
    }

    @Id
    private String id;
    private String projectId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Type type;
    @JdbcTypeCode(SqlTypes.JSON)
    private Definition definition;
    private Instant createdAt;
    private Instant updatedAt;

    protected Reward() {
    }

    Reward(String id, String projectId, String name, Type type, Definition definition, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.type = type;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String name() { return name; }
    Type type() { return type; }
    Definition definition() { return definition; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    void redefine(String name, Definition definition, Instant at) {
        this.name = name;
        this.definition = definition;
        this.updatedAt = at;
    }
}
