package dev.voucheremulator.campaign;

import java.util.List;

/** {@code CampaignsListResponseBody}: the list envelope of GET /v1/campaigns and GET /v1/loyalties. */
public record CampaignListResponse(String object, String dataRef, List<CampaignResponse> campaigns, long total) {

    static CampaignListResponse of(List<CampaignResponse> campaigns, long total) {
        return new CampaignListResponse("list", "campaigns", campaigns, total);
    }
}
