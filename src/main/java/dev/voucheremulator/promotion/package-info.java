/**
 * Promotion tiers of PROMOTION campaigns. Exposes {@link dev.voucheremulator.promotion.PromotionTierService}
 * and its records to campaigns, templates and redemptions.
 */
@ApplicationModule(displayName = "Promotions")
package dev.voucheremulator.promotion;

import org.springframework.modulith.ApplicationModule;
