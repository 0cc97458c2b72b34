package dev.voucheremulator.validationrule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A named set of conditions. The condition trees ({@code rules}, {@code bundle_rules}) and the
 * applicable items are only stored and echoed, so they stay JSON trees: unlike maps, trees keep
 * explicit nulls ({@code "property": null}) through jsonb and back. Nothing here evaluates them yet.
 */
@Entity
@Table(name = "validation_rule")
public class ValidationRule {

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode rules;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode bundleRules;
    @JdbcTypeCode(SqlTypes.JSON)
    private Error error;
    @JdbcTypeCode(SqlTypes.JSON)
    private ApplicableTo applicableTo;
    @Enumerated(EnumType.STRING)
    private ValidationRuleType type;
    private String contextType;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    /** The message returned when the rule fails. */
    public record Error(String message) {
    }

    /**
     * Which order items a discount applies to. The items ({@code ApplicableTo}: product, SKU or
     * collection with price and limit options) are stored as sent.
     */
    public record ApplicableTo(List<ObjectNode> excluded, List<ObjectNode> included, Boolean includedAll) {

        static final ApplicableTo NONE = new ApplicableTo(List.of(), List.of(), false);

        ApplicableTo withDefaults() {
            return new ApplicableTo(excluded == null ? List.of() : excluded, included == null ? List.of() : included,
                    includedAll != null && includedAll);
        }
    }

    protected ValidationRule() {
    }

    ValidationRule(String id, String projectId, String name, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String id() { return id; }
    public String projectId() { return projectId; }
    public String name() { return name; }
    public JsonNode rules() { return rules; }
    public JsonNode bundleRules() { return bundleRules; }
    public Error error() { return error; }
    public ApplicableTo applicableTo() { return applicableTo; }
    public ValidationRuleType type() { return type; }
    public String contextType() { return contextType; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    void rename(String name) { this.name = name; }

    void define(JsonNode rules, JsonNode bundleRules, Error error, ApplicableTo applicableTo,
                ValidationRuleType type, String contextType) {
        this.rules = rules == null ? JsonNodeFactory.instance.objectNode() : rules;
        this.bundleRules = bundleRules;
        this.error = error;
        this.applicableTo = applicableTo == null ? ApplicableTo.NONE : applicableTo.withDefaults();
        this.type = type;
        this.contextType = contextType;
    }

    void touched(Instant at) { this.updatedAt = at; }
}
