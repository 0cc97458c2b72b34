/**
 * /v1/templates/campaigns: templates taken from campaigns, and campaign-setup and tier-setup
 * that create campaigns and tiers from them. Exposes nothing to other features.
 */
@ApplicationModule(displayName = "Campaign templates")
package dev.voucheremulator.template;

import org.springframework.modulith.ApplicationModule;
