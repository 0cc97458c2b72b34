/**
 * Discount calculation on an order: what each redeemable's discount or gift credits take off, one
 * after the other. Pure; it exposes the order a request sends ({@link OrderRequest}), the calculator
 * and the calculated order responses carry ({@link OrderCalculated}).
 */
@ApplicationModule(displayName = "Pricing")
package dev.voucheremulator.pricing;

import org.springframework.modulith.ApplicationModule;
