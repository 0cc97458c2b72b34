/**
 * /v1/orders: orders created, updated and imported directly, and the orders validations and
 * redemptions name ({@link dev.voucheremulator.order.OrderService#recordRedeemed}). An order that
 * becomes PAID publishes {@link dev.voucheremulator.order.OrderPaid}, which loyalty earning rules
 * listen to. Redemption may call this module, never the reverse.
 */
@ApplicationModule(displayName = "Order")
package dev.voucheremulator.order;

import org.springframework.modulith.ApplicationModule;
