package dev.voucheremulator.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.loyalty.EarningRuleLoyalty.CalculationType;
import dev.voucheremulator.loyalty.EarningRuleLoyalty.Proportion;
import dev.voucheremulator.loyalty.EarningRuleLoyalty.Type;
import dev.voucheremulator.order.OrderPaid;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The points an order.paid rule gives an order: FIXED, and PROPORTIONAL to each thing it can count. */
class LoyaltyEarningTest {

    static final OrderPaid ORDER = new OrderPaid("proj", "ord_1", "cust_1", 25_500L, 20_500L,
            List.of(new OrderPaid.Item("prod_a", null, 3L, 15_000L, 12_000L),
                    new OrderPaid.Item("prod_b", "sku_b", 2L, 10_500L, 8_500L)),
            Map.of("distance", 42, "note", "x"));

    @Test
    void fixedGivesItsPointsWhateverTheOrder() {
        assertThat(LoyaltyEarning.forOrder(rule(Type.FIXED, null, null, null), ORDER)).isZero();
        assertThat(LoyaltyEarning.forOrder(new EarningRuleLoyalty(Type.FIXED, 7L, null, null, null, null, null, null),
                ORDER)).isEqualTo(7);
    }

    @Test
    void proportionalCountsWholeStepsOfTheOrdersAmounts() {
        Proportion perThousand = new Proportion(1_000L, 2L, null, null, null, null, null);
        assertThat(LoyaltyEarning.forOrder(rule(Type.PROPORTIONAL, CalculationType.ORDER_AMOUNT,
                new EarningRuleLoyalty.Order(perThousand, null, null), null), ORDER)).isEqualTo(50);
        assertThat(LoyaltyEarning.forOrder(rule(Type.PROPORTIONAL, CalculationType.ORDER_TOTAL_AMOUNT,
                new EarningRuleLoyalty.Order(null, perThousand, null), null), ORDER)).isEqualTo(40);
        Proportion perKilometre = new Proportion(10L, 1L, null, "distance", null, null, null);
        assertThat(LoyaltyEarning.forOrder(rule(Type.PROPORTIONAL, CalculationType.ORDER_METADATA,
                new EarningRuleLoyalty.Order(null, null, perKilometre), null), ORDER)).isEqualTo(4);
    }

    @Test
    void proportionalToItemsCountsTheNamedProductOrEveryItem() {
        Proportion perUnitOfB = new Proportion(1L, 5L, null, null, "product", "prod_b", null);
        assertThat(LoyaltyEarning.forOrder(rule(Type.PROPORTIONAL, CalculationType.ORDER_ITEMS_QUANTITY, null,
                new EarningRuleLoyalty.OrderItems(perUnitOfB, null, null)), ORDER)).isEqualTo(10);
        Proportion perThousand = new Proportion(1_000L, 1L, null, null, null, null, null);
        assertThat(LoyaltyEarning.forOrder(rule(Type.PROPORTIONAL, CalculationType.ORDER_ITEMS_SUBTOTAL_AMOUNT, null,
                new EarningRuleLoyalty.OrderItems(null, null, perThousand)), ORDER)).isEqualTo(20);
    }

    @Test
    void aProportionWithoutAStepGivesNothing() {
        assertThat(LoyaltyEarning.proportion(new Proportion(0L, 5L, null, null, null, null, null), 1_000L)).isZero();
        assertThat(LoyaltyEarning.proportion(new Proportion(10L, 5L, null, null, null, null, null), null)).isZero();
        assertThat(LoyaltyEarning.proportion(new Proportion(1L, 10_000_000_000_000L, null, null, null, null, null),
                10_000_000_000_000L)).isEqualTo(10_000_000_000_000L);
    }

    private static EarningRuleLoyalty rule(Type type, CalculationType calculation, EarningRuleLoyalty.Order order,
                                           EarningRuleLoyalty.OrderItems items) {
        return new EarningRuleLoyalty(type, null, null, calculation, order, items, null, null);
    }
}
