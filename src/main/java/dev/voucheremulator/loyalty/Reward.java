package dev.voucheremulator.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Something members buy with points: a product (MATERIAL), a campaign's voucher (CAMPAIGN) or a discount (COIN). */
@Entity
@Table(name = "reward")
class Reward {

    enum Type { CAMPAIGN, COIN, MATERIAL }

    @Id
    private String id;
    private String projectId;
    private String name;
    private String type;
    // parameters, stock, attributes, metadata as sent: the shape depends on the type
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> definition;
    private Instant createdAt;
    private Instant updatedAt;

    protected Reward() {
    }

    Reward(String id, String projectId, String name, Type type, Map<String, Object> definition, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.type = type.name();
        this.definition = definition;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String name() { return name; }

    /** The spec's {@code Reward}. */
    Map<String, Object> response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", name);
        body.put("stock", definition.get("stock"));
        body.put("redeemed", definition.get("stock") == null ? null : 0);
        body.put("attributes", definition.getOrDefault("attributes", Map.of()));
        body.put("metadata", definition.getOrDefault("metadata", Map.of()));
        body.put("type", type);
        body.put("parameters", definition.getOrDefault("parameters", Map.of()));
        body.put("created_at", createdAt);
        body.put("updated_at", updatedAt);
        body.put("object", "reward");
        return body;
    }
}
