package dev.voucheremulator.redemption;

import dev.voucheremulator.redemption.StackableRequest.OrderItemRequest;
import dev.voucheremulator.redemption.StackableRequest.OrderRequest;
import dev.voucheremulator.validationrule.AssignmentResponse;
import dev.voucheremulator.validationrule.ValidationRuleResponse;
import dev.voucheremulator.validationrule.ValidationRuleService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The validation rules assigned to a redeemable: a voucher's own and its campaign's, a promotion
 * tier's own and its campaign's. The first rule that does not hold refuses the redeemable with
 * customer_rules_violated, order_rules_violated or redemption_rules_violated, and the rule's own
 * error message (when it has one) as the details.
 */
@Component
class ValidationRulesHook {

    private final ValidationRuleService rules;

    ValidationRulesHook(ValidationRuleService rules) {
        this.rules = rules;
    }

    Optional<Failure> check(String projectId, Candidate candidate, StackableRequest request,
                            CustomerSnapshot customer) {
        Set<String> ruleIds = assignedRules(candidate);
        if (ruleIds.isEmpty()) {
            return Optional.empty();
        }
        RuleConditions.Facts facts = facts(request, customer);
        for (String ruleId : ruleIds) {
            ValidationRuleResponse rule = rules.get(projectId, ruleId);
            Optional<RuleConditions.Violation> violation = RuleConditions.evaluate(rule.rules(), facts);
            if (violation.isPresent()) {
                return Optional.of(failure(candidate, rule, violation.get()));
            }
        }
        return Optional.empty();
    }

    private static Set<String> assignedRules(Candidate c) {
        List<ValidationRulesAssignmentList> lists = new ArrayList<>();
        if (c.voucher != null) {
            // a voucher lists its campaign's rules after its own
            lists.add(c.voucher.validationRulesAssignments());
        } else if (c.tier != null) {
            lists.add(c.tier.validationRuleAssignments());
            if (c.campaign != null) {
                lists.add(c.campaign.validationRulesAssignments());
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ValidationRulesAssignmentList list : lists) {
            if (list != null && list.data() != null) {
                list.data().stream().map(AssignmentResponse::ruleId).forEach(ids::add);
            }
        }
        return ids;
    }

    private static Failure failure(Candidate c, ValidationRuleResponse rule, RuleConditions.Violation violation) {
        String key = violation.key();
        String message = switch (key) {
            case "customer_rules_violated" -> "customer does not match validation rules";
            case "order_rules_violated" -> "order does not match validation rules";
            default -> "redemption does not match validation rules";
        };
        String details = violation.message() != null ? violation.message()
                : rule.error() != null && rule.error().message() != null ? rule.error().message()
                : "Validation rule " + rule.id() + " is not met";
        return Failure.of(key, message, details, c.id(), c.object());
    }

    private static RuleConditions.Facts facts(StackableRequest request, CustomerSnapshot customer) {
        OrderRequest order = request.order();
        List<OrderItemRequest> items = order == null || order.items() == null ? List.of() : order.items();
        Long quantity = order == null || order.items() == null ? null
                : items.stream().mapToLong(i -> i.quantity() == null ? 1 : i.quantity()).sum();
        List<Long> prices = items.stream()
                .map(i -> i.price() != null ? i.price()
                        : i.amount() != null && i.quantity() != null && i.quantity() > 0 ? i.amount() / i.quantity()
                        : i.amount())
                .filter(p -> p != null)
                .toList();
        return new RuleConditions.Facts(OrderView.amount(order), quantity, prices,
                order == null ? null : order.metadata(),
                customer == null ? null : customer.metadata(),
                request.metadata());
    }
}
