package dev.voucheremulator.pricing;

import dev.voucheremulator.pricing.DiscountCalculator.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Between the request's order, the calculator's working copy and the calculated order of a response. */
public final class OrderView {

    private OrderView() {
    }

    /** The amount the order states, else the sum of its items; null when neither is known. */
    public static Long amount(OrderRequest order) {
        if (order == null) {
            return null;
        }
        if (order.amount() != null) {
            return order.amount();
        }
        List<OrderItemRequest> items = items(order);
        if (items.stream().noneMatch(i -> i != null && (i.amount() != null || i.price() != null))) {
            return null;
        }
        return items.stream().mapToLong(OrderView::itemAmount).sum();
    }

    public static boolean hasItemsWithAmount(OrderRequest order) {
        return order != null && items(order).stream().anyMatch(i -> i != null && itemAmount(i) > 0);
    }

    /** Why an order cannot be priced: Voucherify's error key and texts. */
    public record Problem(String key, String message, String details) {
    }

    /** Why the order itself is unusable, or null. */
    public static Problem problem(OrderRequest order) {
        if (order == null) {
            return null;
        }
        if (order.amount() != null && order.amount() < 0) {
            return new Problem("invalid_amount", "Invalid amount", "Order amount cannot be negative");
        }
        for (OrderItemRequest item : items(order)) {
            if (item == null || (item.quantity() != null && item.quantity() < 0)
                    || (item.amount() != null && item.amount() < 0) || (item.price() != null && item.price() < 0)) {
                return new Problem("invalid_order", "Invalid order",
                        "Order items need a non-negative quantity, price and amount");
            }
        }
        return null;
    }

    /** The calculator's starting point; null when the order has no amount to work on. */
    public static DiscountCalculator.Order start(OrderRequest order) {
        Long amount = amount(order);
        if (amount == null) {
            return null;
        }
        List<Item> items = items(order).stream()
                .map(i -> new Item(i.productId(), i.skuId(), price(i), quantity(i), itemAmount(i), 0, 0, null, null))
                .toList();
        return new DiscountCalculator.Order(amount, 0, items);
    }

    /**
     * The calculated order after some redeemables: totals so far, and {@code appliedOrder} /
     * {@code appliedItems} for what this step took off.
     */
    public static OrderCalculated render(OrderRequest request, DiscountCalculator.Order state, long appliedOrder,
                                  List<Long> appliedItems) {
        List<OrderItemRequest> requested = items(request);
        List<OrderCalculated.Item> items = new ArrayList<>();
        for (int i = 0; i < state.items().size(); i++) {
            Item item = state.items().get(i);
            OrderItemRequest source = i < requested.size() ? requested.get(i) : null;
            long applied = i < appliedItems.size() ? appliedItems.get(i) : 0;
            items.add(new OrderCalculated.Item("order_item",
                    source == null ? null : source.sourceId(),
                    item.productId(), item.skuId(),
                    source == null ? "product" : source.relatedObject(),
                    item.quantity(),
                    positive(item.discountQuantity()),
                    item.initialQuantity(),
                    item.amount(),
                    positive(item.discountAmount()),
                    positive(applied),
                    item.initialAmount(),
                    item.price(),
                    item.remaining(),
                    source == null ? null : source.product(),
                    source == null ? null : source.sku(),
                    source == null ? null : source.metadata()));
        }
        long appliedItemsTotal = appliedItems.stream().mapToLong(Long::longValue).sum();
        return new OrderCalculated(request.id(), request.sourceId(), request.status(), state.amount(),
                request.initialAmount(), state.discountAmount(), state.itemsDiscountAmount(),
                state.totalDiscountAmount(), state.totalAmount(), appliedOrder, appliedItemsTotal,
                appliedOrder + appliedItemsTotal, items.isEmpty() && request.items() == null ? null : items,
                request.metadata() == null ? Map.of() : request.metadata(), null, null, null, null, null, "order");
    }

    /** An order without an amount: echoed as sent, nothing calculated. */
    public static OrderCalculated echo(OrderRequest request) {
        List<OrderCalculated.Item> items = request.items() == null ? null : items(request).stream()
                .map(i -> new OrderCalculated.Item("order_item", i.sourceId(), i.productId(), i.skuId(),
                        i.relatedObject(), i.quantity(), null, null, i.amount(), null, null, null, i.price(), null,
                        i.product(), i.sku(), i.metadata()))
                .toList();
        return new OrderCalculated(request.id(), request.sourceId(), request.status(), null, request.initialAmount(),
                null, null, null, null, null, null, null, items,
                request.metadata() == null ? Map.of() : request.metadata(), null, null, null, null, null, "order");
    }

    private static List<OrderItemRequest> items(OrderRequest order) {
        return order == null || order.items() == null ? List.of() : order.items();
    }

    private static long itemAmount(OrderItemRequest item) {
        if (item.amount() != null) {
            return item.amount();
        }
        Long price = price(item);
        return price == null ? 0 : price * quantity(item);
    }

    private static Long price(OrderItemRequest item) {
        if (item.price() != null) {
            return item.price();
        }
        if (item.sku() != null && item.sku().price() != null) {
            return item.sku().price();
        }
        return item.product() == null ? null : item.product().price();
    }

    private static long quantity(OrderItemRequest item) {
        return item.quantity() == null ? 1 : item.quantity();
    }

    private static Long positive(long value) {
        return value > 0 ? value : null;
    }
}
