package dev.voucheremulator.spec;

import java.math.BigDecimal;
import java.util.List;

/**
 * Voucherify's {@code Discount} (oneOf AMOUNT, PERCENT, FIXED, UNIT, UNIT with {@code units}),
 * flattened into one record: the {@code type} says which fields apply. Money is integer cents.
 */
public record Discount(DiscountType type,
                       Long amountOff,
                       String amountOffFormula,
                       Long amountLimit,
                       Long aggregatedAmountLimit,
                       BigDecimal percentOff,
                       String percentOffFormula,
                       Long fixedAmount,
                       String fixedAmountFormula,
                       Integer unitOff,
                       String unitOffFormula,
                       String unitType,
                       DiscountProduct product,
                       DiscountProduct sku,
                       List<DiscountUnit> units,
                       DiscountEffect effect,
                       Boolean isDynamic) {

    public enum DiscountType { AMOUNT, PERCENT, FIXED, UNIT }

    public record DiscountProduct(String id, String sourceId, String name) {
    }

    public record DiscountUnit(Integer unitOff, String unitOffFormula, DiscountEffect effect, String unitType,
                               DiscountProduct product, DiscountProduct sku) {
    }

    /** Which problem makes this discount unusable, or null when it is complete. */
    public String problem() {
        if (type == null) {
            return "Property 'discount.type' is required";
        }
        return switch (type) {
            case AMOUNT -> amountOff == null && amountOffFormula == null
                    ? "Property 'discount.amount_off' is required for AMOUNT discount"
                    : effectProblem(DiscountEffect.AMOUNT_EFFECTS);
            case PERCENT -> percentOff == null && percentOffFormula == null
                    ? "Property 'discount.percent_off' is required for PERCENT discount"
                    : effectProblem(DiscountEffect.ORDER_OR_ITEMS);
            case FIXED -> fixedAmount == null && fixedAmountFormula == null
                    ? "Property 'discount.fixed_amount' is required for FIXED discount"
                    : effectProblem(DiscountEffect.ORDER_OR_ITEMS);
            case UNIT -> unitProblem();
        };
    }

    private String unitProblem() {
        if (effect == DiscountEffect.ADD_MANY_ITEMS) {
            return units == null || units.isEmpty() ? "Property 'discount.units' is required for ADD_MANY_ITEMS" : null;
        }
        if (unitOff == null && unitOffFormula == null) {
            return "Property 'discount.unit_off' is required for UNIT discount";
        }
        if (unitType == null) {
            return "Property 'discount.unit_type' is required for UNIT discount";
        }
        return effectProblem(DiscountEffect.UNIT_EFFECTS);
    }

    private String effectProblem(List<DiscountEffect> allowed) {
        return effect == null || allowed.contains(effect) ? null
                : "Property 'discount.effect' should be one of " + allowed + " for " + type + " discount";
    }

    /** The effect Voucherify fills in when a request leaves it out. */
    public Discount withDefaults() {
        if (effect != null || type == null) {
            return this;
        }
        DiscountEffect defaultEffect = type == DiscountType.UNIT ? DiscountEffect.ADD_MISSING_ITEMS : DiscountEffect.APPLY_TO_ORDER;
        return new Discount(type, amountOff, amountOffFormula, amountLimit, aggregatedAmountLimit, percentOff,
                percentOffFormula, fixedAmount, fixedAmountFormula, unitOff, unitOffFormula, unitType, product, sku,
                units, defaultEffect, isDynamic);
    }
}
