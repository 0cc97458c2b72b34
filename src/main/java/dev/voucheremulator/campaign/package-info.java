/**
 * /v1/campaigns and the campaign summary: campaigns of every type, their voucher settings and the
 * bulk voucher generation. Exposes {@link dev.voucheremulator.campaign.CampaignService} and its records; the
 * entity and repository stay inside.
 */
@ApplicationModule(displayName = "Campaigns")
package dev.voucheremulator.campaign;

import org.springframework.modulith.ApplicationModule;
