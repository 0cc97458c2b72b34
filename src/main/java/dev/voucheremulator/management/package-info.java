/**
 * The Management API, /management/v1: the projects of a management account (each with the app keys
 * that reach it on /v1), their users, metadata and custom event schemas, brands, stacking rules,
 * webhook configurations (the {@code webhook} feature's {@code WebhookSubscriptions} port) and campaign templates. Teaches the {@code project} feature the app keys it
 * issues; offers {@link dev.voucheremulator.management.WebhookConfigurations} to webhook deliveries.
 */
@ApplicationModule(displayName = "Management API")
package dev.voucheremulator.management;

import org.springframework.modulith.ApplicationModule;
