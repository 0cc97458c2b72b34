package dev.voucheremulator.validationrule;

import dev.voucheremulator.api.error.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<ProductCatalog> catalog;

    ValidationRuleChecks(ValidationRuleRepository rules, ObjectProvider<ProductCatalog> catalog) {
        this.rules = rules;
        this.catalog = catalog;
    }

    /** The first of {@code ruleIds}, in their order, that {@code facts} break; the rules are read in one query. */
    public Optional<RuleViolation> firstViolation(String projectId, List<String> ruleIds,
                                                  RuleFacts facts) {
        if (ruleIds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ValidationRule> byId = rules.findByProjectIdAndIdIn(projectId, ruleIds).stream()
                .collect(Collectors.toMap(ValidationRule::id, Function.identity()));
        if (byId.values().stream().anyMatch(ValidationRuleChecks::namesProducts)) {
            facts = facts.withItems(resolve(projectId, facts.items()));
        }
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

    private static boolean namesProducts(ValidationRule rule) {
        return rule.rules() != null && rule.rules().valueStream()
                .anyMatch(r -> r.path("name").asString("").matches("(product|sku)\\.id"));
    }

    /** Each item with both the id and the source_id of the product (and SKU) it names, when the catalogue knows it. */
    private List<RuleFacts.Item> resolve(String projectId, List<RuleFacts.Item> items) {
        ProductCatalog products = catalog.getIfAvailable();
        if (items == null || products == null) {
            return items;
        }
        return items.stream().map(item -> {
            Optional<ProductCatalog.Entry> entry = Optional.empty();
            String sku = item.skuId() != null ? item.skuId()
                    : "sku".equals(item.relatedObject()) && item.sourceId() != null ? item.sourceId()
                    : item.skuSourceId();
            if (sku != null) {
                entry = products.sku(projectId, sku);
            }
            String product = item.productId() != null ? item.productId()
                    : !"sku".equals(item.relatedObject()) && item.sourceId() != null ? item.sourceId()
                    : item.productSourceId();
            if (entry.isEmpty() && product != null) {
                entry = products.product(projectId, product);
            }
            return entry.map(e -> new RuleFacts.Item(e.productId(), e.skuId(), item.sourceId(), item.relatedObject(),
                    e.productSourceId(), e.skuSourceId())).orElse(item);
        }).toList();
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
