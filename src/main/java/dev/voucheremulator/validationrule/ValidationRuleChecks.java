package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.error.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges validation rules against a request: the first rule that does not hold refuses it with
 * customer_rules_violated, order_rules_violated or redemption_rules_violated, and the rule's own
 * error message (when it has one) as the details.
 */
@Service
@Transactional(readOnly = true)
public class ValidationRuleChecks {

    /** Why a request breaks a rule, in Voucherify's terms. */
    public record RuleViolation(String key, String message, String details) {
    }

    private final ValidationRuleRepository rules;

    ValidationRuleChecks(ValidationRuleRepository rules) {
        this.rules = rules;
    }

    /** The first of {@code ruleIds}, in their order, that {@code facts} break; the rules are read in one query. */
    public Optional<RuleViolation> firstViolation(String projectId, List<String> ruleIds,
                                                  RuleFacts facts) {
        if (ruleIds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ValidationRule> byId = rules.findByProjectIdAndIdIn(projectId, ruleIds).stream()
                .collect(Collectors.toMap(ValidationRule::id, Function.identity()));
        for (String ruleId : ruleIds) {
            ValidationRule rule = byId.get(ruleId);
            if (rule == null) {
                throw ApiException.notFound("validation_rules", ruleId);
            }
            Optional<RuleConditions.Violation> violation = RuleConditions.evaluate(rule.rules(), facts);
            if (violation.isPresent()) {
                return Optional.of(describe(rule, violation.get()));
            }
        }
        return Optional.empty();
    }

    private static RuleViolation describe(ValidationRule rule, RuleConditions.Violation violation) {
        String key = violation.key();
        String message = switch (key) {
            case "customer_rules_violated" -> "customer does not match validation rules";
            case "order_rules_violated" -> "order does not match validation rules";
            default -> "redemption does not match validation rules";
        };
        String details = violation.message() != null ? violation.message()
                : rule.error() != null && rule.error().message() != null ? rule.error().message()
                : "Validation rule " + rule.id() + " is not met";
        return new RuleViolation(key, message, details);
    }
}
