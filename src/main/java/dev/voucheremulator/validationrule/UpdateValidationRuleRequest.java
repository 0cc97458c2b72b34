package dev.voucheremulator.validationrule;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Body of PUT /v1/validation-rules/{validationRuleId}: a partial update, an omitted or null field
 * keeps its value. The exception is the spec's: {@code "bundle_rules": null} (a {@code NullNode}
 * here, where an omitted field is Java null) removes the bundle rules, which then read as {@code {}}.
 */
record UpdateValidationRuleRequest(String name,
                                   ObjectNode rules,
                                   JsonNode bundleRules,
                                   ValidationRule.Error error,
                                   ValidationRule.ApplicableTo applicableTo,
                                   ValidationRuleType type,
                                   String contextType) {
}
