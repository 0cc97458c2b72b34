package dev.voucheremulator.template;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.api.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/templates/campaigns")
@Tag(name = "Templates")
class CampaignTemplateController {

    private final CampaignTemplateService templates;

    CampaignTemplateController(CampaignTemplateService templates) {
        this.templates = templates;
    }

    @PostMapping
    @Operation(operationId = "create-campaign-template", summary = "Create Campaign Template")
    TemplateResponses.Template create(@Parameter(hidden = true) Project project,
                                      @Valid @RequestBody TemplateRequests.CreateTemplate body) {
        return templates.create(project.id(), body);
    }

    // The query string as sent: the filters[...] deepObject cannot be bound by name.
    @GetMapping
    @Operation(operationId = "list-campaign-templates", summary = "List Campaign Templates", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1..100, default 10",
                    schema = @Schema(type = "integer")),
            @Parameter(name = "starting_after_id", in = ParameterIn.QUERY, description = "cursor: a template id"),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"id", "-id"})),
            @Parameter(name = "include_total", in = ParameterIn.QUERY, schema = @Schema(type = "boolean")),
            @Parameter(name = "filters[name][conditions][$is]", in = ParameterIn.QUERY,
                    description = "also id and campaign_type, with $is, $in, $contains, ...")})
    ListEnvelope<TemplateResponses.Template> list(@Parameter(hidden = true) Project project,
                                                  @Parameter(hidden = true) QueryString query) {
        return templates.list(project.id(), TemplateListQuery.from(query));
    }

    @GetMapping("/{campaignTemplateId}")
    @Operation(operationId = "get-campaign-template", summary = "Get Campaign Template")
    TemplateResponses.Template get(@Parameter(hidden = true) Project project, @PathVariable String campaignTemplateId,
                                   @RequestParam(required = false) String expand) {
        if (expand != null && !expand.equals("json_template")) {
            throw ApiException.invalidQueryParams("Query parameter 'expand' should be json_template");
        }
        return templates.get(project.id(), campaignTemplateId, expand != null);
    }

    @PutMapping("/{campaignTemplateId}")
    @Operation(operationId = "update-campaign-template", summary = "Update Campaign Template")
    TemplateResponses.Template update(@Parameter(hidden = true) Project project,
                                      @PathVariable String campaignTemplateId,
                                      @Valid @RequestBody TemplateRequests.UpdateTemplate body) {
        return templates.update(project.id(), campaignTemplateId, body);
    }

    @DeleteMapping("/{campaignTemplateId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "delete-campaign-template", summary = "Delete Campaign Template")
    void delete(@Parameter(hidden = true) Project project, @PathVariable String campaignTemplateId) {
        templates.delete(project.id(), campaignTemplateId);
    }

    @PostMapping("/{campaignTemplateId}/campaign-setup")
    @Operation(operationId = "create-campaign-from-template", summary = "Create Campaign From Template")
    TemplateResponses.CampaignSetup campaignSetup(@Parameter(hidden = true) Project project,
                                                  @PathVariable String campaignTemplateId,
                                                  @Valid @RequestBody TemplateRequests.CampaignSetup body) {
        return templates.setupCampaign(project.id(), campaignTemplateId, body);
    }

    @PostMapping("/{campaignTemplateId}/tier-setup")
    @Operation(operationId = "add-tier-from-template", summary = "Add Promotion Tier From Template")
    TemplateResponses.TierSetup tierSetup(@Parameter(hidden = true) Project project,
                                          @PathVariable String campaignTemplateId,
                                          @Valid @RequestBody TemplateRequests.TierSetup body) {
        return templates.setupTier(project.id(), campaignTemplateId, body);
    }
}
