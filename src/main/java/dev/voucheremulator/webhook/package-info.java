/**
 * Webhook deliveries: listens to the domain events other features publish when something changes
 * (redemptions, publications, campaigns, vouchers, loyalty points, gift balances, customers), writes
 * one delivery per subscribed webhook in the transaction of the change, and sends them after commit,
 * signed, with Voucherify's retry schedule. Which webhooks a project has comes through the
 * {@link dev.voucheremulator.webhook.WebhookSubscriptions} port, which the module owns and another
 * feature implements. Also serves the deliveries page of the dashboard.
 */
@ApplicationModule(displayName = "Webhooks")
package dev.voucheremulator.webhook;

import org.springframework.modulith.ApplicationModule;
