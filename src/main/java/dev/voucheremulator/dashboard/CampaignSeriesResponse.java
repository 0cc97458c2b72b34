package dev.voucheremulator.dashboard;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /dashboard/api/campaigns/{campaignId}/series}: a campaign's counters per UTC day over
 * whole days (both inclusive), every summary counter by its summary field name, plus the totals of
 * the same window, which equal {@code GET /v1/campaigns/{id}/summary} for those dates.
 */
record CampaignSeriesResponse(String campaignId, String startDate, String endDate, List<String> dates,
                              Map<String, List<Long>> series, Map<String, Long> totals) {
}
