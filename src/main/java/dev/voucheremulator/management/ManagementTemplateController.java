package dev.voucheremulator.management;

import dev.voucheremulator.api.auth.ManagementAccount;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.template.CampaignTemplateSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/management/v1/projects/{projectId}/templates/campaigns")
@Tag(name = "Management")
class ManagementTemplateController {

    private final ManagementTemplateService templates;

    ManagementTemplateController(ManagementTemplateService templates) {
        this.templates = templates;
    }

    // The query string as sent: the filters[...] deepObject cannot be bound by name.
    @GetMapping
    @Operation(operationId = "management-list-campaign-templates", summary = "List Campaign Templates",
            parameters = {
                    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1..100, default 10",
                            schema = @Schema(type = "integer")),
                    @Parameter(name = "starting_after_id", in = ParameterIn.QUERY,
                            description = "cursor: a template id"),
                    @Parameter(name = "order", in = ParameterIn.QUERY,
                            schema = @Schema(allowableValues = {"id", "-id"})),
                    @Parameter(name = "include_total", in = ParameterIn.QUERY, schema = @Schema(type = "boolean")),
                    @Parameter(name = "filters[name][conditions][$is]", in = ParameterIn.QUERY,
                            description = "also id and campaign_type, with $is, $in, $contains, ...")})
    ListEnvelope<CampaignTemplateSummary> list(@Parameter(hidden = true) ManagementAccount account,
                                               @PathVariable String projectId,
                                               @Parameter(hidden = true) QueryString query) {
        return templates.list(account.id(), projectId, query);
    }

    @PostMapping("/{campaignTemplateId}/copy")
    @Operation(operationId = "management-copy-campaign-template", summary = "Copy Campaign Template to a Project")
    CampaignTemplateSummary copy(@Parameter(hidden = true) ManagementAccount account, @PathVariable String projectId,
                                 @PathVariable String campaignTemplateId,
                                 @Valid @RequestBody ManagementTemplateService.CopyTemplate body) {
        return templates.copy(account.id(), projectId, campaignTemplateId, body);
    }
}
