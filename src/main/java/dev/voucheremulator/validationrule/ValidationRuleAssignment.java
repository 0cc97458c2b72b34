package dev.voucheremulator.validationrule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rule attached to a campaign, voucher, promotion tier or another object, by that object's id. */
@Entity
@Table(name = "validation_rule_assignment")
class ValidationRuleAssignment {

    @Id
    private String id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    private String projectId;
    private String ruleId;
    private String relatedObjectId;
    private String relatedObjectType;
    private Instant createdAt;

    protected ValidationRuleAssignment() {
    }

    ValidationRuleAssignment(String id, String projectId, String ruleId, String relatedObjectId,
                             String relatedObjectType, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.ruleId = ruleId;
        this.relatedObjectId = relatedObjectId;
        this.relatedObjectType = relatedObjectType;
        this.createdAt = createdAt;
    }

    String id() { return id; }
    String ruleId() { return ruleId; }
    String relatedObjectId() { return relatedObjectId; }
    String relatedObjectType() { return relatedObjectType; }
    Instant createdAt() { return createdAt; }
}
