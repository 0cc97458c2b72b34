package dev.voucheremulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.pricing.DiscountCalculator.Applied;
import dev.voucheremulator.pricing.DiscountCalculator.Item;
import dev.voucheremulator.pricing.DiscountCalculator.Needs;
import dev.voucheremulator.pricing.DiscountCalculator.Order;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Discount.DiscountType;
import dev.voucheremulator.spec.Discount.DiscountUnit;
import dev.voucheremulator.spec.DiscountEffect;
import dev.voucheremulator.spec.Gift.GiftEffect;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscountCalculatorTest {

    // 2 x 2000 + 1 x 1500 = 5500
    private static final Order CART = new Order(5500, 0, List.of(
            item("prod_a", 2000, 2),
            item("prod_b", 1500, 1)));

    @Test
    void amountOffTheOrderNeverGoesBelowZero() {
        Applied applied = DiscountCalculator.apply(CART, amount(2000, DiscountEffect.APPLY_TO_ORDER));
        assertThat(applied.orderDiscount()).isEqualTo(2000);
        assertThat(applied.order().totalAmount()).isEqualTo(3500);

        Applied tooMuch = DiscountCalculator.apply(CART, amount(9000, DiscountEffect.APPLY_TO_ORDER));
        assertThat(tooMuch.total()).isEqualTo(5500);
        assertThat(tooMuch.order().totalAmount()).isZero();
    }

    @Test
    void amountOffEachItemIsCappedByTheAggregatedLimit() {
        Applied each = DiscountCalculator.apply(CART, amount(1000, DiscountEffect.APPLY_TO_ITEMS));
        assertThat(each.itemDiscounts()).containsExactly(1000L, 1000L);
        assertThat(each.orderDiscount()).isZero();
        assertThat(each.order().itemsDiscountAmount()).isEqualTo(2000);

        Discount limited = new Discount(DiscountType.AMOUNT, 1000L, null, null, 1500L, null, null, null, null, null,
                null, null, null, null, null, DiscountEffect.APPLY_TO_ITEMS, null);
        assertThat(DiscountCalculator.apply(CART, limited).itemsDiscount()).isEqualTo(1500);
    }

    @Test
    void amountOffByQuantityTakesTheAmountOffEveryUnit() {
        Applied applied = DiscountCalculator.apply(CART, amount(500, DiscountEffect.APPLY_TO_ITEMS_BY_QUANTITY));
        assertThat(applied.itemDiscounts()).containsExactly(1000L, 500L);
    }

    @Test
    void amountOffProportionallySplitsByAmountOrByQuantity() {
        Applied byAmount = DiscountCalculator.apply(CART, amount(1100, DiscountEffect.APPLY_TO_ITEMS_PROPORTIONALLY));
        assertThat(byAmount.itemDiscounts()).containsExactly(800L, 300L);

        Applied byQuantity = DiscountCalculator.apply(CART,
                amount(900, DiscountEffect.APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY));
        assertThat(byQuantity.itemDiscounts()).containsExactly(600L, 300L);
        assertThat(byQuantity.total()).isEqualTo(900);
    }

    @Test
    void percentOffTheOrderRoundsHalfUpAndRespectsTheAmountLimit() {
        Applied applied = DiscountCalculator.apply(new Order(999, 0, List.of()), percent("15", null,
                DiscountEffect.APPLY_TO_ORDER));
        assertThat(applied.orderDiscount()).isEqualTo(150); // 149.85

        Applied limited = DiscountCalculator.apply(CART, percent("50", 1000L, DiscountEffect.APPLY_TO_ORDER));
        assertThat(limited.orderDiscount()).isEqualTo(1000);
    }

    @Test
    void percentOffItemsAppliesTheLimitPerItem() {
        Applied applied = DiscountCalculator.apply(CART, percent("10", 300L, DiscountEffect.APPLY_TO_ITEMS));
        assertThat(applied.itemDiscounts()).containsExactly(300L, 150L);
    }

    @Test
    void fixedAmountIsThePriceToPay() {
        Applied order = DiscountCalculator.apply(CART, fixed(5000, DiscountEffect.APPLY_TO_ORDER));
        assertThat(order.orderDiscount()).isEqualTo(500);
        assertThat(order.order().totalAmount()).isEqualTo(5000);

        Applied cheap = DiscountCalculator.apply(CART, fixed(9000, DiscountEffect.APPLY_TO_ORDER));
        assertThat(cheap.total()).isZero();

        Applied items = DiscountCalculator.apply(CART, fixed(1000, DiscountEffect.APPLY_TO_ITEMS));
        assertThat(items.itemDiscounts()).containsExactly(2000L, 500L);
    }

    @Test
    void stackedDiscountsApplyToWhatTheEarlierOnesLeft() {
        Applied first = DiscountCalculator.apply(CART, amount(1000, DiscountEffect.APPLY_TO_ITEMS));
        Applied second = DiscountCalculator.apply(first.order(), percent("10", null, DiscountEffect.APPLY_TO_ORDER));

        assertThat(second.orderDiscount()).isEqualTo(350); // 10% of 5500 - 2000
        assertThat(second.order().discountAmount()).isEqualTo(350);
        assertThat(second.order().itemsDiscountAmount()).isEqualTo(2000);
        assertThat(second.order().totalDiscountAmount()).isEqualTo(2350);
        assertThat(second.order().totalAmount()).isEqualTo(3150);
    }

    @Test
    void unitDiscountAddsMissingUnitsAndMakesThemFree() {
        Discount freeB = unit(2, "prod_b", DiscountEffect.ADD_MISSING_ITEMS);
        Applied applied = DiscountCalculator.apply(CART, freeB);

        Item b = applied.order().items().get(1);
        assertThat(b.quantity()).isEqualTo(2);
        assertThat(b.initialQuantity()).isEqualTo(1);
        assertThat(b.initialAmount()).isEqualTo(1500);
        assertThat(b.amount()).isEqualTo(3000);
        assertThat(b.discountAmount()).isEqualTo(3000);
        assertThat(b.discountQuantity()).isEqualTo(2);
        assertThat(applied.order().amount()).isEqualTo(7000);
        assertThat(applied.order().totalAmount()).isEqualTo(4000);
    }

    @Test
    void unitDiscountWithoutEffectAddsMissingUnitsAsTheDocumentedDefault() {
        // campaigns echo the effect as sent, so a stored UNIT discount may have none
        Applied applied = DiscountCalculator.apply(CART, unit(2, "prod_b", null));
        assertThat(applied.order().items().get(1).quantity()).isEqualTo(2);
        assertThat(applied.order().totalAmount()).isEqualTo(4000);
    }

    @Test
    void unitDiscountWithNewItemsAlwaysAddsThem() {
        Applied applied = DiscountCalculator.apply(CART, unit(1, "prod_a", DiscountEffect.ADD_NEW_ITEMS));
        Item a = applied.order().items().get(0);
        assertThat(a.quantity()).isEqualTo(3);
        assertThat(applied.itemDiscounts()).containsExactly(2000L, 0L);
        assertThat(applied.order().totalAmount()).isEqualTo(5500);
    }

    @Test
    void unitDiscountForAProductNotInTheOrderAddsAZeroPricedLine() {
        Applied applied = DiscountCalculator.apply(CART, unit(1, "prod_5h1pp1ng", DiscountEffect.ADD_MISSING_ITEMS));
        assertThat(applied.order().items()).hasSize(3);
        assertThat(applied.order().items().get(2).productId()).isEqualTo("prod_5h1pp1ng");
        assertThat(applied.itemDiscounts()).containsExactly(0L, 0L, 0L);
        assertThat(applied.order().totalAmount()).isEqualTo(5500);
    }

    @Test
    void unitDiscountWithManyItemsAppliesEachUnit() {
        Discount many = new Discount(DiscountType.UNIT, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(
                        new DiscountUnit(1, null, DiscountEffect.ADD_MISSING_ITEMS, "prod_a", null, null),
                        new DiscountUnit(1, null, DiscountEffect.ADD_NEW_ITEMS, "prod_b", null, null)),
                DiscountEffect.ADD_MANY_ITEMS, null);
        Applied applied = DiscountCalculator.apply(CART, many);
        assertThat(applied.itemDiscounts()).containsExactly(2000L, 1500L);
        assertThat(applied.order().amount()).isEqualTo(7000);
    }

    @Test
    void giftCreditsPayForTheOrderOrItsItems() {
        Applied order = DiscountCalculator.applyGift(CART, 10_000, GiftEffect.APPLY_TO_ORDER);
        assertThat(order.orderDiscount()).isEqualTo(5500);

        Applied items = DiscountCalculator.applyGift(CART, 1100, GiftEffect.APPLY_TO_ITEMS);
        assertThat(items.itemDiscounts()).containsExactly(800L, 300L);
    }

    @Test
    void saysWhichDiscountsNeedAnAmountOrItems() {
        assertThat(DiscountCalculator.needs(amount(100, DiscountEffect.APPLY_TO_ORDER))).isEqualTo(Needs.NOTHING);
        assertThat(DiscountCalculator.needs(percent("5", null, DiscountEffect.APPLY_TO_ORDER))).isEqualTo(Needs.AMOUNT);
        assertThat(DiscountCalculator.needs(fixed(5, DiscountEffect.APPLY_TO_ORDER))).isEqualTo(Needs.AMOUNT);
        assertThat(DiscountCalculator.needs(amount(100, DiscountEffect.APPLY_TO_ITEMS))).isEqualTo(Needs.ITEMS);
        assertThat(DiscountCalculator.needs(unit(1, "p", DiscountEffect.ADD_NEW_ITEMS))).isEqualTo(Needs.NOTHING);
    }

    @Test
    void allocationSumsToTheTotalWithinTheCaps() {
        long[] parts = DiscountCalculator.allocate(100, new long[] {1, 1, 1}, new long[] {10, 100, 100});
        assertThat(parts).containsExactly(10, 57, 33);
        assertThat(parts[0] + parts[1] + parts[2]).isEqualTo(100);
    }

    private static Item item(String productId, long price, long quantity) {
        return new Item(productId, null, price, quantity, price * quantity, 0, 0, null, null);
    }

    private static Discount amount(long amountOff, DiscountEffect effect) {
        return new Discount(DiscountType.AMOUNT, amountOff, null, null, null, null, null, null, null, null, null, null,
                null, null, null, effect, null);
    }

    private static Discount percent(String percentOff, Long amountLimit, DiscountEffect effect) {
        return new Discount(DiscountType.PERCENT, null, null, amountLimit, null, new BigDecimal(percentOff), null, null,
                null, null, null, null, null, null, null, effect, null);
    }

    private static Discount fixed(long fixedAmount, DiscountEffect effect) {
        return new Discount(DiscountType.FIXED, null, null, null, null, null, null, fixedAmount, null, null, null, null,
                null, null, null, effect, null);
    }

    private static Discount unit(int unitOff, String unitType, DiscountEffect effect) {
        return new Discount(DiscountType.UNIT, null, null, null, null, null, null, null, null, unitOff, null, unitType,
                null, null, null, effect, null);
    }
}
