package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CreateCampaignRequest;
import dev.voucheremulator.campaign.UpdateCampaignRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/loyalties")
@Tag(name = "Loyalties")
class LoyaltyProgramController {

    private final LoyaltyProgramService programs;

    LoyaltyProgramController(LoyaltyProgramService programs) {
        this.programs = programs;
    }

    @GetMapping
    @Operation(operationId = "list-loyalty-programs", summary = "List Loyalty Campaigns")
    ListEnvelope<CampaignResponse> list(@Parameter(hidden = true) Project project,
                                        @RequestParam(required = false) Integer limit,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) String order,
                                        @RequestParam(required = false) List<String> expand) {
        return programs.list(project.id(), limit, page, order, expand);
    }

    @PostMapping
    @Operation(operationId = "create-loyalty-program", summary = "Create Loyalty Campaign")
    CampaignResponse create(@Parameter(hidden = true) Project project,
                            @Valid @RequestBody CreateCampaignRequest body) {
        return programs.create(project.id(), body);
    }

    @GetMapping("/{campaignId}")
    @Operation(operationId = "get-loyalty-program", summary = "Get Loyalty Campaign")
    CampaignResponse get(@Parameter(hidden = true) Project project, @PathVariable String campaignId) {
        return programs.get(project.id(), campaignId);
    }

    @PutMapping("/{campaignId}")
    @Operation(operationId = "update-loyalty-program", summary = "Update Loyalty Campaign")
    CampaignResponse update(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                            @Valid @RequestBody UpdateCampaignRequest body) {
        return programs.update(project.id(), campaignId, body);
    }

    /** Unlike DELETE /v1/campaigns (202), the loyalty API answers 200 with the async action. */
    @DeleteMapping("/{campaignId}")
    @Operation(operationId = "delete-loyalty-program", summary = "Delete Loyalty Campaign")
    Accepted delete(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                               @RequestParam(required = false) Boolean force) {
        return programs.delete(project.id(), campaignId);
    }
}
