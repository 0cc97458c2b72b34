package dev.voucheremulator.pricing;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Discount.DiscountUnit;
import dev.voucheremulator.spec.DiscountEffect;
import dev.voucheremulator.spec.Gift.GiftEffect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Applies one redeemable's discount (or gift card credits) to an order, on what the earlier
 * redeemables of the same request left: order-level discounts reduce the order's remaining amount,
 * item-level ones each item's. Pure, money in integer cents, never below zero.
 *
 * <p>Without validation rules every item is applicable, so item effects reach every item.
 */
public final class DiscountCalculator {

    private DiscountCalculator() {
    }

    /**
     * One order line. {@code discountAmount} accumulates over the request; {@code initialQuantity}
     * and {@code initialAmount} are set once a UNIT discount added units to the line.
     */
    public record Item(String productId, String skuId, Long price, long quantity, long amount, long discountAmount,
                long discountQuantity, Long initialQuantity, Long initialAmount) {

        public long remaining() {
            return Math.max(0, amount - discountAmount);
        }

        public long unitPrice() {
            if (price != null) {
                return price;
            }
            return quantity > 0 ? amount / quantity : 0;
        }

        Item discounted(long more) {
            return new Item(productId, skuId, price, quantity, amount, discountAmount + more, discountQuantity,
                    initialQuantity, initialAmount);
        }
    }

    /** {@code discountAmount} is the order-level discount so far; item discounts live on the items. */
    public record Order(long amount, long discountAmount, List<Item> items) {

        public Order {
            items = List.copyOf(items);
        }

        public long itemsDiscountAmount() {
            return items.stream().mapToLong(Item::discountAmount).sum();
        }

        public long totalDiscountAmount() {
            return discountAmount + itemsDiscountAmount();
        }

        public long totalAmount() {
            return Math.max(0, amount - totalDiscountAmount());
        }
    }

    /** The order after one redeemable, and what exactly that redeemable took off. */
    public record Applied(Order order, long orderDiscount, List<Long> itemDiscounts) {

        public long itemsDiscount() {
            return itemDiscounts.stream().mapToLong(Long::longValue).sum();
        }

        public long total() {
            return orderDiscount + itemsDiscount();
        }
    }

    /** What a discount needs from the order before it can be computed. */
    public enum Needs { NOTHING, AMOUNT, ITEMS }

    public static Needs needs(Discount discount) {
        if (discount == null || discount.type() == null) {
            return Needs.NOTHING;
        }
        DiscountEffect effect = effect(discount);
        return switch (discount.type()) {
            case AMOUNT -> effect == DiscountEffect.APPLY_TO_ORDER ? Needs.NOTHING : Needs.ITEMS;
            case PERCENT, FIXED -> effect == DiscountEffect.APPLY_TO_ORDER ? Needs.AMOUNT : Needs.ITEMS;
            case UNIT -> Needs.NOTHING;
        };
    }

    public static Applied apply(Order order, Discount discount) {
        if (discount == null || discount.type() == null) {
            return unchanged(order);
        }
        DiscountEffect effect = effect(discount);
        return switch (discount.type()) {
            case AMOUNT -> amount(order, orZero(discount.amountOff()), effect, discount.aggregatedAmountLimit());
            case PERCENT -> percent(order, discount.percentOff() == null ? BigDecimal.ZERO : discount.percentOff(),
                    effect, discount.amountLimit(), discount.aggregatedAmountLimit());
            case FIXED -> fixed(order, orZero(discount.fixedAmount()), effect);
            case UNIT -> units(order, discount);
        };
    }

    /** Gift card credits pay for the order (or its items) like an amount discount would. */
    public static Applied applyGift(Order order, long credits, GiftEffect effect) {
        if (effect == GiftEffect.APPLY_TO_ITEMS) {
            long total = Math.min(credits, order.items().stream().mapToLong(Item::remaining).sum());
            return onItems(order, allocate(total, remainders(order), remainders(order)));
        }
        return onOrder(order, Math.min(credits, order.totalAmount()));
    }

    private static Applied amount(Order order, long amountOff, DiscountEffect effect, Long aggregatedLimit) {
        long[] remaining = remainders(order);
        return switch (effect) {
            case APPLY_TO_ITEMS -> onItems(order, capped(each(remaining, i -> amountOff), aggregatedLimit));
            case APPLY_TO_ITEMS_BY_QUANTITY -> onItems(order,
                    capped(each(remaining, i -> amountOff * order.items().get(i).quantity()), aggregatedLimit));
            case APPLY_TO_ITEMS_PROPORTIONALLY -> onItems(order,
                    allocate(limit(Math.min(amountOff, sum(remaining)), aggregatedLimit), remaining, remaining));
            case APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY -> onItems(order,
                    allocate(limit(Math.min(amountOff, sum(remaining)), aggregatedLimit), quantities(order), remaining));
            default -> onOrder(order, limit(Math.min(amountOff, order.totalAmount()), aggregatedLimit));
        };
    }

    private static Applied percent(Order order, BigDecimal percentOff, DiscountEffect effect, Long amountLimit,
                                   Long aggregatedLimit) {
        if (effect == DiscountEffect.APPLY_TO_ITEMS) {
            long[] remaining = remainders(order);
            long[] each = each(remaining, i -> limit(percentOf(remaining[i], percentOff), amountLimit));
            return onItems(order, capped(each, aggregatedLimit));
        }
        long discount = limit(limit(percentOf(order.totalAmount(), percentOff), amountLimit), aggregatedLimit);
        return onOrder(order, Math.min(discount, order.totalAmount()));
    }

    // FIXED names the price to pay: the order total, or each unit's price.
    private static Applied fixed(Order order, long fixedAmount, DiscountEffect effect) {
        if (effect == DiscountEffect.APPLY_TO_ITEMS) {
            long[] remaining = remainders(order);
            return onItems(order, each(remaining,
                    i -> Math.max(0, remaining[i] - fixedAmount * order.items().get(i).quantity())));
        }
        return onOrder(order, Math.max(0, order.totalAmount() - fixedAmount));
    }

    private static Applied units(Order order, Discount discount) {
        if (discount.effect() == DiscountEffect.ADD_MANY_ITEMS) {
            Order current = order;
            long[] total = new long[0];
            for (DiscountUnit unit : discount.units() == null ? List.<DiscountUnit>of() : discount.units()) {
                if (unit == null) {
                    continue;
                }
                Applied applied = unit(current, orZero(unit.unitOff()), unit.unitType(), unit.effect());
                current = applied.order();
                total = add(total, applied.itemDiscounts());
            }
            return new Applied(current, 0, boxed(pad(total, current.items().size())));
        }
        return unit(order, orZero(discount.unitOff()), discount.unitType(), effect(discount));
    }

    /**
     * {@code unitOff} units of the product become free. ADD_MISSING_ITEMS tops the line up to that
     * many units, ADD_NEW_ITEMS and ADD_SAME_ITEMS always add them. A product the order does not
     * contain is added with an unknown price, so it discounts nothing.
     */
    private static Applied unit(Order order, long unitOff, String unitType, DiscountEffect effect) {
        if (unitOff <= 0 || unitType == null) {
            return unchanged(order);
        }
        List<Item> items = new ArrayList<>(order.items());
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (unitType.equals(items.get(i).productId()) || unitType.equals(items.get(i).skuId())) {
                index = i;
                break;
            }
        }
        long[] discounts = new long[items.size() + (index < 0 ? 1 : 0)];
        if (index < 0) {
            items.add(new Item(unitType, null, null, unitOff, 0, 0, unitOff, 0L, 0L));
            return new Applied(new Order(order.amount(), order.discountAmount(), items), 0, boxed(discounts));
        }
        Item item = items.get(index);
        long added = effect == DiscountEffect.ADD_MISSING_ITEMS ? Math.max(0, unitOff - item.quantity()) : unitOff;
        long price = item.unitPrice();
        long quantity = item.quantity() + added;
        long amount = item.amount() + added * price;
        long free = Math.min(unitOff, quantity);
        Item grown = new Item(item.productId(), item.skuId(), item.price(), quantity, amount, item.discountAmount(),
                item.discountQuantity() + free,
                item.initialQuantity() != null ? item.initialQuantity() : item.quantity(),
                item.initialAmount() != null ? item.initialAmount() : item.amount());
        long discount = Math.min(free * price, grown.remaining());
        items.set(index, grown.discounted(discount));
        discounts[index] = discount;
        return new Applied(new Order(order.amount() + added * price, order.discountAmount(), items), 0,
                boxed(discounts));
    }

    private static Applied onOrder(Order order, long discount) {
        long applied = Math.max(0, discount);
        return new Applied(new Order(order.amount(), order.discountAmount() + applied, order.items()), applied,
                boxed(new long[order.items().size()]));
    }

    private static Applied onItems(Order order, long[] discounts) {
        List<Item> items = new ArrayList<>(order.items());
        for (int i = 0; i < items.size(); i++) {
            discounts[i] = Math.max(0, Math.min(discounts[i], items.get(i).remaining()));
            items.set(i, items.get(i).discounted(discounts[i]));
        }
        return new Applied(new Order(order.amount(), order.discountAmount(), items), 0, boxed(discounts));
    }

    private static Applied unchanged(Order order) {
        return new Applied(order, 0, boxed(new long[order.items().size()]));
    }

    /**
     * Splits {@code total} over the items in proportion to {@code weights}, no item above its cap;
     * what rounding or a cap leaves over goes to the next items with room. The parts sum to
     * {@code total} whenever the caps allow it.
     */
    static long[] allocate(long total, long[] weights, long[] caps) {
        long[] parts = new long[weights.length];
        long weightSum = sum(weights);
        if (total <= 0 || weightSum <= 0) {
            return parts;
        }
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long share = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights[i]))
                    .divide(BigInteger.valueOf(weightSum)).longValueExact();
            parts[i] = Math.min(share, caps[i]);
            given += parts[i];
        }
        for (int i = 0; i < parts.length && given < total; i++) {
            long more = Math.min(caps[i] - parts[i], total - given);
            if (more > 0 && weights[i] > 0) {
                parts[i] += more;
                given += more;
            }
        }
        return parts;
    }

    // An aggregated limit scales the per-item discounts down proportionally.
    private static long[] capped(long[] discounts, Long aggregatedLimit) {
        long total = sum(discounts);
        if (aggregatedLimit == null || total <= aggregatedLimit) {
            return discounts;
        }
        return allocate(Math.max(0, aggregatedLimit), discounts, discounts);
    }

    private static long percentOf(long base, BigDecimal percent) {
        return BigDecimal.valueOf(base).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValue();
    }

    private static long limit(long value, Long limit) {
        return limit == null ? value : Math.min(value, Math.max(0, limit));
    }

    private static long[] remainders(Order order) {
        return order.items().stream().mapToLong(Item::remaining).toArray();
    }

    private static long[] quantities(Order order) {
        return order.items().stream().mapToLong(Item::quantity).toArray();
    }

    private static long[] each(long[] remaining, IntToLongFunction discount) {
        long[] result = new long[remaining.length];
        for (int i = 0; i < remaining.length; i++) {
            result[i] = Math.min(remaining[i], Math.max(0, discount.applyAsLong(i)));
        }
        return result;
    }

    private static long[] add(long[] total, List<Long> more) {
        long[] result = pad(total, more.size());
        for (int i = 0; i < more.size(); i++) {
            result[i] += more.get(i);
        }
        return result;
    }

    private static long[] pad(long[] values, int size) {
        return values.length >= size ? values : Arrays.copyOf(values, size);
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static DiscountEffect effect(Discount discount) {
        if (discount.effect() != null) {
            return discount.effect();
        }
        return discount.type() == Discount.DiscountType.UNIT ? DiscountEffect.ADD_MISSING_ITEMS
                : DiscountEffect.APPLY_TO_ORDER;
    }

    private static long orZero(Number value) {
        return value == null ? 0 : value.longValue();
    }
}
