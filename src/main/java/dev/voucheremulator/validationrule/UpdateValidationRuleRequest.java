package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.json.Patch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Body of PUT /v1/validation-rules/{validationRuleId}, tri-state: an absent field keeps its value, a
 * value sets it. Sent as null, {@code bundle_rules} is removed (then reads as {@code {}}), {@code error}
 * goes and {@code applicable_to} empties; a rule always has a name, rules, type and context type, so
 * a null there keeps the value.
 */
record UpdateValidationRuleRequest(Patch<String> name,
                                   Patch<ObjectNode> rules,
                                   Patch<JsonNode> bundleRules,
                                   Patch<ValidationRule.Error> error,
                                   Patch<ValidationRule.ApplicableTo> applicableTo,
                                   Patch<ValidationRuleType> type,
                                   Patch<String> contextType) {
}
