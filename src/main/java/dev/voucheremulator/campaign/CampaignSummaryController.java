package dev.voucheremulator.campaign;

import dev.voucheremulator.api.auth.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Campaigns")
class CampaignSummaryController {

    private final CampaignSummaries summaries;

    CampaignSummaryController(CampaignSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/v1/campaigns/{campaignId}/summary")
    @Operation(operationId = "get-campaign-summary", summary = "Get Campaign Summary")
    CampaignSummaryResponse summary(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                    @Parameter(description = "date (2024-01-01) or date-time, inclusive")
                                    @RequestParam(name = "start_date", required = false) String startDate,
                                    @Parameter(description = "date (2024-01-01, the whole day) or date-time, inclusive")
                                    @RequestParam(name = "end_date", required = false) String endDate) {
        return summaries.summary(project.id(), campaignId, startDate, endDate);
    }
}
