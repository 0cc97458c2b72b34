package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.cache.ProjectChanges;
import dev.voucheremulator.api.cache.ReadCache;
import dev.voucheremulator.customer.CustomEventTracked;
import dev.voucheremulator.loyalty.EarningRuleLoyalty.Proportion;
import dev.voucheremulator.order.OrderPaid;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earning rules at work: a paid order ({@code order.paid}) or a custom event gives the customer's
 * loyalty cards in each program whose active rule matches the rule's points, FIXED or PROPORTIONAL.
 * An order.paid rule with {@code pending_points} puts the points on hold for that many days instead
 * ({@link PendingPointsService}). Not applied yet: the rule's validation rule, validity timeframe, days
 * and hours, and customer metadata proportions (they give nothing).
 */
@Service
@Transactional(readOnly = true)
public class LoyaltyEarning {

    static final String ORDER_PAID = "order.paid";
    private static final int MAX_CARDS = 100;
    private static final long MAX_POINTS = 10_000_000_000_000L;

    private final EarningRuleRepository rules;
    private final VoucherService vouchers;
    private final LoyaltyPointsService points;
    private final PendingPointsService pending;
    private final Clock clock;
    // Whether a project has an active rule for an event: most projects have none, and every paid order asks
    private final ReadCache<String, Boolean> anyActive;

    LoyaltyEarning(EarningRuleRepository rules, VoucherService vouchers, LoyaltyPointsService points,
                   PendingPointsService pending, Clock clock, ProjectChanges changes) {
        this.anyActive = changes.cache(ProjectChanges.Scope.CATALOG, 10_000);
        this.rules = rules;
        this.vouchers = vouchers;
        this.points = points;
        this.pending = pending;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void orderPaid(OrderPaid order) {
        if (order.customerId() == null) {
            return;
        }
        for (EarningRule rule : activeRules(order.projectId(), ORDER_PAID)) {
            award(order.projectId(), order.customerId(), rule, forOrder(rule.definition().loyalty(), order),
                    order.orderId());
        }
    }

    /** POST /v1/events, as the customer module announces it in the request's transaction. */
    @EventListener
    @Transactional
    void customEventTracked(CustomEventTracked event) {
        customEvent(event.projectId(), event.customerId(), event.event(), event.metadata());
    }

    /**
     * The entry point for POST /v1/events: awards the points of the active rules whose {@code event} is
     * {@code eventName} to the customer's cards. Call it in the transaction that tracks the event.
     */
    @Transactional
    public void customEvent(String projectId, String customerId, String eventName, Map<String, Object> metadata) {
        if (customerId == null || eventName == null || ORDER_PAID.equals(eventName)) {
            return;
        }
        for (EarningRule rule : activeRules(projectId, eventName)) {
            EarningRuleLoyalty loyalty = rule.definition().loyalty();
            long earned = loyalty == null ? 0 : switch (type(loyalty)) {
                case FIXED -> orZero(loyalty.points());
                case PROPORTIONAL -> loyalty.calculationType() == EarningRuleLoyalty.CalculationType.CUSTOM_EVENT_METADATA
                        && loyalty.customEvent() != null
                        ? fromMetadata(loyalty.customEvent().metadata(), metadata) : 0;
            };
            award(projectId, customerId, rule, earned, null);
        }
    }

    private List<EarningRule> activeRules(String projectId, String event) {
        return anyActive.get(projectId, event, () -> !rules.findActiveByEvent(projectId, event).isEmpty())
                ? rules.findActiveByEvent(projectId, event) : List.of();
    }

    private void award(String projectId, String customerId, EarningRule rule, long earned, String orderId) {
        if (earned <= 0 || !inValidity(rule)) {
            return;
        }
        EarningRule.PendingPoints delay = rule.definition().pendingPoints();
        boolean onHold = orderId != null && delay != null && delay.periodValue() != null && delay.periodValue() > 0;
        for (VoucherResponse card : vouchers.listHeld(projectId, rule.campaignId(), customerId, MAX_CARDS, 1).data()) {
            if (onHold) {
                pending.pend(projectId, card, earned, delay.periodValue(), customerId, orderId, rule);
            } else {
                points.accrue(projectId, card.id(), earned, orderId, rule.id());
            }
        }
    }

    static long forOrder(EarningRuleLoyalty loyalty, OrderPaid order) {
        if (loyalty == null) {
            return 0;
        }
        if (type(loyalty) == EarningRuleLoyalty.Type.FIXED) {
            return orZero(loyalty.points());
        }
        if (loyalty.calculationType() == null) {
            return 0;
        }
        EarningRuleLoyalty.Order o = loyalty.order();
        EarningRuleLoyalty.OrderItems items = loyalty.orderItems();
        return switch (loyalty.calculationType()) {
            case ORDER_AMOUNT -> o == null ? 0 : proportion(o.amount(), order.amount());
            case ORDER_TOTAL_AMOUNT -> o == null ? 0 : proportion(o.totalAmount(), order.totalAmount());
            case ORDER_METADATA -> o == null ? 0 : fromMetadata(o.metadata(), order.metadata());
            case ORDER_ITEMS_QUANTITY -> items == null ? 0 : fromItems(items.quantity(), order, OrderPaid.Item::quantity);
            case ORDER_ITEMS_AMOUNT -> items == null ? 0 : fromItems(items.amount(), order, OrderPaid.Item::amount);
            case ORDER_ITEMS_SUBTOTAL_AMOUNT -> items == null ? 0
                    : fromItems(items.subtotalAmount(), order, OrderPaid.Item::subtotalAmount);
            case CUSTOMER_METADATA, CUSTOM_EVENT_METADATA -> 0;
        };
    }

    /** {@code points} for every whole {@code every} of the value. */
    static long proportion(Proportion p, Long value) {
        if (p == null || value == null || value <= 0 || p.every() == null || p.every() <= 0 || p.points() == null) {
            return 0;
        }
        // bounded like every other amount, so a balance never overflows
        return java.math.BigInteger.valueOf(value / p.every()).multiply(java.math.BigInteger.valueOf(p.points()))
                .min(java.math.BigInteger.valueOf(MAX_POINTS)).max(java.math.BigInteger.ZERO).longValue();
    }

    private static long fromMetadata(Proportion p, Map<String, Object> metadata) {
        if (p == null || p.property() == null || metadata == null) {
            return 0;
        }
        Object value = metadata.get(p.property());
        if (!(value instanceof Number n)) {
            return 0;
        }
        return proportion(p, new BigDecimal(n.toString()).longValue());
    }

    // Items count when the proportion names their product or SKU, or names none.
    private static long fromItems(Proportion p, OrderPaid order, java.util.function.Function<OrderPaid.Item, Long> of) {
        if (p == null) {
            return 0;
        }
        long sum = 0;
        for (OrderPaid.Item item : order.items()) {
            Long value = of.apply(item);
            boolean named = p.id() == null || p.id().equals(item.productId()) || p.id().equals(item.skuId());
            if (value != null && named) {
                sum += value;
            }
        }
        return proportion(p, sum);
    }

    private boolean inValidity(EarningRule rule) {
        Instant now = clock.instant();
        EarningRule.Definition d = rule.definition();
        return !after(d.startDate(), now) && !before(d.expirationDate(), now);
    }

    private static boolean after(String date, Instant now) {
        Instant at = instant(date);
        return at != null && at.isAfter(now);
    }

    private static boolean before(String date, Instant now) {
        Instant at = instant(date);
        return at != null && at.isBefore(now);
    }

    private static Instant instant(String date) {
        try {
            return date == null ? null : Instant.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static EarningRuleLoyalty.Type type(EarningRuleLoyalty loyalty) {
        return loyalty.type() == null ? EarningRuleLoyalty.Type.FIXED : loyalty.type();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

}
