package dev.voucheremulator.spec;

import java.util.List;

/** Every discount effect the spec names; {@link Discount#problem()} checks which fit which type. */
public enum DiscountEffect {
    APPLY_TO_ORDER,
    APPLY_TO_ITEMS,
    APPLY_TO_ITEMS_PROPORTIONALLY,
    APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY,
    APPLY_TO_ITEMS_BY_QUANTITY,
    ADD_MISSING_ITEMS,
    ADD_NEW_ITEMS,
    ADD_MANY_ITEMS,
    ADD_SAME_ITEMS;

    static final List<DiscountEffect> AMOUNT_EFFECTS = List.of(APPLY_TO_ORDER, APPLY_TO_ITEMS,
            APPLY_TO_ITEMS_PROPORTIONALLY, APPLY_TO_ITEMS_PROPORTIONALLY_BY_QUANTITY, APPLY_TO_ITEMS_BY_QUANTITY);
    static final List<DiscountEffect> ORDER_OR_ITEMS = List.of(APPLY_TO_ORDER, APPLY_TO_ITEMS);
    static final List<DiscountEffect> UNIT_EFFECTS = List.of(ADD_MISSING_ITEMS, ADD_NEW_ITEMS, ADD_MANY_ITEMS,
            ADD_SAME_ITEMS);
}
