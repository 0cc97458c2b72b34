/**
 * /v1/loyalties: loyalty programs on campaign storage, members, point balances with expiring buckets,
 * transactions, transfers between cards, pending points, member activity, tiers, earning rules, rewards
 * and reward assignments. Exposes the services that
 * redemptions use to pay for rewards with points and to refund them, and {@link
 * dev.voucheremulator.loyalty.LoyaltyEarning}: earning rules award points on paid orders (it listens to
 * {@code order.OrderPaid}) and on custom events ({@code customEvent}, for POST /v1/events).
 */
@ApplicationModule(displayName = "Loyalty")
package dev.voucheremulator.loyalty;

import org.springframework.modulith.ApplicationModule;
