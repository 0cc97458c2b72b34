/**
 * POST /v1/redemptions, rollbacks and the redemption list: takes what a validated request uses,
 * stores what happened and counts it. It exposes a campaign's redemptions as rows for the dashboard.
 * Plain single-voucher redemptions arriving together are written in one transaction
 * ({@link dev.voucheremulator.redemption.RedemptionBatches}); every other one in a transaction of its own.
 */
@ApplicationModule(displayName = "Redemption")
package dev.voucheremulator.redemption;

import org.springframework.modulith.ApplicationModule;
