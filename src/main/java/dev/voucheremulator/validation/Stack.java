package dev.voucheremulator.validation;

import dev.voucheremulator.pricing.DiscountCalculator;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.pricing.OrderView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The redeemables of one request and the order they are applied to, in the order the project's stacking
 * rules give. In ALL mode, when one redeemable fails, the others are skipped and nothing applies; in
 * PARTIAL mode the others apply anyway.
 */
public final class Stack {

    interface OrderRule {
        void check(Candidate candidate, OrderRequest order, DiscountCalculator.Order state);
    }

    private final OrderRequest order;
    private final List<Candidate> candidates;
    private final List<Candidate> applicationOrder;
    private final StackingRules rules;
    private final DiscountCalculator.Order initial;
    private DiscountCalculator.Order current;

    Stack(OrderRequest order, List<Candidate> candidates, StackingRules rules) {
        this.order = order;
        this.candidates = List.copyOf(candidates);
        this.rules = rules;
        this.applicationOrder = StackingSelection.applicationOrder(rules, this.candidates);
        StackingSelection.select(rules, applicationOrder);
        this.initial = OrderView.start(order);
        this.current = initial;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    /** The redeemables that apply, in application order: what a redemption takes. */
    public List<Candidate> applied() {
        return applicationOrder.stream().filter(Candidate::applicable).toList();
    }

    public StackingRules rules() {
        return rules;
    }

    void apply(OrderRule rule) {
        for (Candidate c : applicationOrder) {
            if (c.failure != null || c.skipped) {
                continue;
            }
            rule.check(c, order, current);
            if (c.failure == null && c.applied != null) {
                current = c.applied.order();
            }
            c.order = render(c);
        }
        settle();
    }

    /** ALL mode: no redeemable failed. PARTIAL mode: at least one applies. */
    public boolean valid() {
        if (rules.partial()) {
            return candidates.stream().anyMatch(Candidate::applicable);
        }
        return candidates.stream().allMatch(c -> c.failure == null);
    }

    public Optional<Candidate> firstFailure() {
        return candidates.stream().filter(c -> c.failure != null).findFirst();
    }

    /**
     * A redeemable refused after the checks (its last use was taken meanwhile): the whole stack fails,
     * in PARTIAL mode too (the uses taken are given back).
     */
    public void failLate(Candidate candidate, Failure failure) {
        candidate.fail(failure);
        candidate.order = null;
        candidates.stream().filter(c -> c.failure == null)
                .forEach(c -> c.skip(StackingSelection.PRECEDING_VALIDATION_FAILED));
        current = initial;
    }

    private void settle() {
        if (!rules.partial() && candidates.stream().anyMatch(c -> c.failure != null)) {
            candidates.stream().filter(c -> c.failure == null)
                    .forEach(c -> c.skip(StackingSelection.PRECEDING_VALIDATION_FAILED));
            current = initial;
        }
    }

    /** The request's order after every applied redeemable, with what they took off together. */
    public OrderCalculated finalOrder() {
        if (order == null) {
            return null;
        }
        if (initial == null) {
            return OrderView.echo(order);
        }
        long orderDiscount = 0;
        List<Long> items = new ArrayList<>();
        for (Candidate c : applicationOrder) {
            if (!c.applicable() || c.applied == null) {
                continue;
            }
            orderDiscount += c.applied.orderDiscount();
            List<Long> step = c.applied.itemDiscounts();
            for (int i = 0; i < step.size(); i++) {
                if (i < items.size()) {
                    items.set(i, items.get(i) + step.get(i));
                } else {
                    items.add(step.get(i));
                }
            }
        }
        return OrderView.render(order, current, orderDiscount, items);
    }

    private OrderCalculated render(Candidate c) {
        if (order == null || c.failure != null) {
            return null;
        }
        if (initial == null) {
            return OrderView.echo(order);
        }
        if (c.applied == null) {
            return OrderView.render(order, current, 0, List.of());
        }
        return OrderView.render(order, c.applied.order(), c.applied.orderDiscount(), c.applied.itemDiscounts());
    }
}
