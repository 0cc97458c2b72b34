package dev.voucheremulator.campaign;

/**
 * Published, outside any transaction, just before a campaign's summary is computed: features whose
 * counters move with time (loyalty points expiry) bring them up to date first.
 */
public record CampaignSummaryRequested(String projectId, String campaignId, CampaignType campaignType) {
}
