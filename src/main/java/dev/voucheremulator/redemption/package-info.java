/**
 * POST /v1/redemptions, rollbacks and the redemption list: takes what a validated request uses,
 * stores what happened and counts it. It exposes a campaign's redemptions as rows for the dashboard.
 */
@ApplicationModule(displayName = "Redemption")
package dev.voucheremulator.redemption;

import org.springframework.modulith.ApplicationModule;
