package dev.voucheremulator.order;

import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.pricing.OrderItemRequest;
import java.util.List;
import java.util.Set;

/**
 * The amounts of an order sent to /v1/orders: nothing is discounted here, so the total is the amount
 * less the discount the order states. Items are kept as sent.
 */
final class OrderPricing {

    private OrderPricing() {
    }

    /** Sets what the body sends, clears the {@code cleared} fields (wire names), keeps the rest. */
    static void apply(Order order, OrderBody body, Set<String> cleared) {
        if (body.items() != null) {
            order.items(body.items().stream().map(OrderPricing::item).toList());
        } else if (cleared.contains("items")) {
            order.items(List.of());
        }
        Order.Amounts was = order.amounts();
        Long amount = body.amount() != null ? body.amount()
                : body.items() != null ? itemsAmount(body.items()) : kept("amount", was.amount(), cleared);
        Long discount = body.discountAmount() != null ? body.discountAmount()
                : kept("discount_amount", was.discountAmount(), cleared);
        Long initial = body.initialAmount() != null ? body.initialAmount()
                : kept("initial_amount", was.initialAmount(), cleared);
        Long total = amount == null ? null : Math.max(0, amount - (discount == null ? 0 : discount));
        order.amounts(new Order.Amounts(amount, initial, discount, was.itemsDiscountAmount(), discount, total,
                was.appliedDiscountAmount(), was.itemsAppliedDiscountAmount(), was.totalAppliedDiscountAmount()));
    }

    private static Long kept(String field, Long current, Set<String> cleared) {
        return cleared.contains(field) ? null : current;
    }

    /** The items' amounts (or price x quantity); null when no item states either. */
    private static Long itemsAmount(List<OrderItemRequest> items) {
        Long sum = null;
        for (OrderItemRequest i : items) {
            Long amount = amount(i);
            if (amount != null) {
                sum = (sum == null ? 0 : sum) + amount;
            }
        }
        return sum;
    }

    private static Long amount(OrderItemRequest i) {
        if (i.amount() != null) {
            return i.amount();
        }
        return i.price() == null ? null : i.price() * (i.quantity() == null ? 1 : i.quantity());
    }

    private static OrderCalculated.Item item(OrderItemRequest i) {
        Long amount = amount(i);
        Long subtotal = amount == null ? null : Math.max(0, amount - (i.discountAmount() == null ? 0 : i.discountAmount()));
        return new OrderCalculated.Item("order_item", i.sourceId(), i.productId(), i.skuId(), i.relatedObject(),
                i.quantity(), null, null, amount, i.discountAmount(), null, null, i.price(), subtotal, i.product(),
                i.sku(), i.metadata());
    }
}
