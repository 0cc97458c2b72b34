package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.campaign.CampaignResponse;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's JSON, under /dashboard/api so it can never clash with a Voucherify path. */
@RestController
@Hidden
class DashboardApiController {

    private final CampaignDashboards dashboards;
    private final CampaignFigures figures;

    DashboardApiController(CampaignDashboards dashboards, CampaignFigures figures) {
        this.dashboards = dashboards;
        this.figures = figures;
    }

    /** {@code start_date}/{@code end_date}: dates (whole UTC days, inclusive); by default the last 30 days. */
    @GetMapping("/dashboard/api/campaigns/{campaignId}/series")
    CampaignSeriesResponse series(@PathVariable String campaignId,
                                  @RequestParam(name = "app_id", required = false) String appId,
                                  @RequestParam(name = "start_date", required = false) String startDate,
                                  @RequestParam(name = "end_date", required = false) String endDate) {
        if (appId == null || appId.isBlank()) {
            throw ApiException.invalidQueryParams("Query parameter 'app_id' (the project's X-App-Id) is required");
        }
        CampaignResponse campaign = dashboards.campaign(appId, campaignId);
        return figures.series(campaign.id(), Period.of(startDate, endDate, dashboards.today()));
    }
}
