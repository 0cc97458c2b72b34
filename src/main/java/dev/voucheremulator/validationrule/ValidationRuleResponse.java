package dev.voucheremulator.validationrule;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Voucherify's {@code ValidationRule}: one rule, {@code object} "validation_rules" (plural, as the API has it). */
public record ValidationRuleResponse(String id,
                                     String name,
                                     JsonNode rules,
                                     JsonNode bundleRules,
                                     ValidationRule.Error error,
                                     ValidationRule.ApplicableTo applicableTo,
                                     Instant createdAt,
                                     Instant updatedAt,
                                     ValidationRuleType type,
                                     String contextType,
                                     long assignmentsCount,
                                     String object) {

    static ValidationRuleResponse from(ValidationRule r, long assignmentsCount) {
        return new ValidationRuleResponse(r.id(), r.name(), r.rules(), r.bundleRules(), r.error(), r.applicableTo(),
                r.createdAt(), r.updatedAt(), r.type(), r.contextType(), assignmentsCount, "validation_rules");
    }
}
