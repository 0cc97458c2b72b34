package dev.voucheremulator.validation;

import dev.voucheremulator.pricing.OrderItemRequest;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.pricing.OrderView;
import dev.voucheremulator.validationrule.AssignmentResponse;
import dev.voucheremulator.validationrule.RuleFacts;
import dev.voucheremulator.validationrule.ValidationRuleChecks;
import dev.voucheremulator.validationrule.ValidationRuleService;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The validation rules assigned to a redeemable: a voucher's own and its campaign's, a promotion
 * tier's own and its campaign's, judged by the validation rule module against what the request says.
 */
@Component
class ValidationRulesHook {

    private final ValidationRuleChecks rules;
    private final ValidationRuleService assignments;

    ValidationRulesHook(ValidationRuleChecks rules, ValidationRuleService assignments) {
        this.rules = rules;
        this.assignments = assignments;
    }

    Optional<Failure> check(String projectId, Candidate candidate, StackableRequest request,
                            Supplier<CustomerSnapshot> customer) {
        List<String> ruleIds = assignedRules(projectId, candidate);
        if (ruleIds.isEmpty()) {
            return Optional.empty();
        }
        return rules.firstViolation(projectId, ruleIds, facts(request, customer.get()))
                .map(v -> Failure.of(v.key(), v.message(), v.details(), candidate.id(), candidate.object()));
    }

    private List<String> assignedRules(String projectId, Candidate c) {
        List<ValidationRulesAssignmentList> lists = new ArrayList<>();
        if (c.voucher != null) {
            // a voucher lists its campaign's rules after its own
            lists.add(c.voucher.validationRulesAssignments());
        } else if (c.tier != null) {
            lists.add(c.tier.validationRuleAssignments());
            lists.add(assignments.assignmentsOf(projectId, "campaign", c.campaign.id()));
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ValidationRulesAssignmentList list : lists) {
            if (list != null && list.data() != null) {
                list.data().stream().map(AssignmentResponse::ruleId).forEach(ids::add);
            }
        }
        return List.copyOf(ids);
    }

    private static RuleFacts facts(StackableRequest request, CustomerSnapshot customer) {
        OrderRequest order = request.order();
        List<OrderItemRequest> items = order == null || order.items() == null ? List.of() : order.items();
        Long quantity = order == null || order.items() == null ? null
                : items.stream().mapToLong(i -> i.quantity() == null ? 1 : i.quantity()).sum();
        List<Long> prices = items.stream()
                .map(i -> i.price() != null ? i.price()
                        : i.amount() != null && i.quantity() != null && i.quantity() > 0 ? i.amount() / i.quantity()
                        : i.amount())
                .filter(Objects::nonNull)
                .toList();
        return new RuleFacts(OrderView.amount(order), quantity, prices,
                order == null ? null : order.metadata(),
                customer == null ? null : customer.metadata(),
                request.metadata(),
                items.stream().filter(Objects::nonNull)
                        .map(i -> new RuleFacts.Item(i.productId(), i.skuId(), i.sourceId(), i.relatedObject(),
                                i.product() == null ? null : i.product().sourceId(),
                                i.sku() == null ? null : i.sku().sourceId()))
                        .toList());
    }
}
