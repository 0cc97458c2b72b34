package dev.voucheremulator.validationrule;

import java.time.Instant;

/** Voucherify's {@code ValidationRuleAssignment}. */
public record AssignmentResponse(String id, String ruleId, String relatedObjectId, String relatedObjectType,
                                 Instant createdAt, String object) {

    static AssignmentResponse from(ValidationRuleAssignment a) {
        return new AssignmentResponse(a.id(), a.ruleId(), a.relatedObjectId(), a.relatedObjectType(), a.createdAt(),
                "validation_rules_assignment");
    }
}
