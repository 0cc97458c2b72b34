package dev.voucheremulator.loyalty;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How members earn points (order paid, custom event, segment entered, tier joined). Stored and
 * echoed: points are not yet awarded automatically. The rule's shape varies with its event and
 * loyalty type, so it is kept as sent.
 */
@Entity
@Table(name = "earning_rule")
class EarningRule {

    @Id
    private String id;
    private String projectId;
    private String campaignId;
    private boolean active;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> definition;
    private Instant createdAt;
    private Instant updatedAt;

    protected EarningRule() {
    }

    EarningRule(String id, String projectId, String campaignId, boolean active, Map<String, Object> definition,
                Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.campaignId = campaignId;
        this.active = active;
        this.definition = definition;
        this.createdAt = createdAt;
    }

    /** The spec's {@code EarningRule}: the stored definition plus what the emulator owns. */
    Map<String, Object> response() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("created_at", createdAt);
        body.put("updated_at", updatedAt);
        body.putAll(definition);
        Map<String, Object> source = new LinkedHashMap<>();
        if (definition.get("source") instanceof Map<?, ?> sent) {
            sent.forEach((k, v) -> source.put(String.valueOf(k), v));
        }
        source.put("object_id", campaignId);
        source.put("object_type", "campaign");
        body.put("source", source);
        body.put("active", active);
        body.put("object", "earning_rule");
        return body;
    }
}
