package dev.voucheremulator.validationrule;

import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.node.ObjectNode;

/** Body of POST /v1/validation-rules ({@code ValidationRulesCreateRequestBody}). */
record ValidationRuleRequest(@NotBlank String name,
                             ObjectNode rules,
                             ObjectNode bundleRules,
                             ValidationRule.Error error,
                             ValidationRule.ApplicableTo applicableTo,
                             ValidationRuleType type,
                             String contextType) {
}
