package dev.voucheremulator.loyalty;

import java.util.List;

/**
 * The points a rule gives, the spec's {@code EarningRuleFixed} or one of its
 * {@code EarningRuleProportional...} schemas: a fixed number, or so many points for every so much of
 * the order's amount, its items, or a customer's or custom event's metadata.
 */
record EarningRuleLoyalty(Type type,
                          Long points,
                          String pointsFormula,
                          CalculationType calculationType,
                          Order order,
                          OrderItems orderItems,
                          Metadata customer,
                          Metadata customEvent) {

    enum Type { FIXED, PROPORTIONAL }

    enum CalculationType {
        ORDER_AMOUNT, ORDER_TOTAL_AMOUNT, ORDER_METADATA, ORDER_ITEMS_QUANTITY, ORDER_ITEMS_AMOUNT,
        ORDER_ITEMS_SUBTOTAL_AMOUNT, CUSTOMER_METADATA, CUSTOM_EVENT_METADATA
    }

    record Order(Proportion amount, Proportion totalAmount, Proportion metadata) {
    }

    record OrderItems(Proportion quantity, Proportion amount, Proportion subtotalAmount) {
    }

    record Metadata(Proportion metadata) {
    }

    /** {@code points} for every {@code every} of a value; {@code property} names a metadata key. */
    record Proportion(Long every, Long points, String pointsFormula, String property, String object, String id,
                      List<ApplicableTo> applicableTo) {
    }

    record ApplicableTo(String object, String id) {
    }
}
