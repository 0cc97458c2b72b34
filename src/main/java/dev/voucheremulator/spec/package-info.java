/**
 * Schema-shaped values shared by campaigns, vouchers and promotion tiers (discount, gift, loyalty
 * card, code config, the {@link dev.voucheremulator.spec.Validity} window). They are request and
 * response bodies and jsonb column values at once, so a round trip is exact. Depends on no feature.
 */
@ApplicationModule(displayName = "Schema values")
package dev.voucheremulator.spec;

import org.springframework.modulith.ApplicationModule;
