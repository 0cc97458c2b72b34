package dev.voucheremulator.campaign;

import java.util.function.Supplier;

/**
 * Published in the transaction of a campaign's change: {@code type} is campaign.created, .updated,
 * .deleted, .enabled or .disabled. {@code campaign} builds the campaign as the API shows it, on demand,
 * so a listener that does not need it costs nothing; call it before the transaction ends.
 */
public record CampaignChanged(String projectId, String campaignId, String type, Supplier<CampaignResponse> campaign) {
}
