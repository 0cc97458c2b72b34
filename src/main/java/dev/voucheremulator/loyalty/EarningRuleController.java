package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.auth.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/v1/loyalties/{campaignId}/earning-rules/{earningRuleId}")
@Tag(name = "Loyalties")
class EarningRuleController {

    private final EarningRuleService rules;

    EarningRuleController(EarningRuleService rules) {
        this.rules = rules;
    }

    @PutMapping
    @Operation(operationId = "update-earning-rule", summary = "Update Earning Rule",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    schema = @Schema(implementation = UpdateEarningRuleRequest.class))))
    EarningRuleResponse update(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                               @PathVariable String earningRuleId, @RequestBody(required = false) JsonNode body) {
        return rules.update(project.id(), campaignId, earningRuleId, body);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "delete-earning-rule", summary = "Delete Earning Rule")
    void delete(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                @PathVariable String earningRuleId) {
        rules.delete(project.id(), campaignId, earningRuleId);
    }

    @PostMapping("/enable")
    @Operation(operationId = "enable-earning-rule", summary = "Enable Earning Rule")
    EarningRuleResponse enable(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                               @PathVariable String earningRuleId) {
        return rules.enable(project.id(), campaignId, earningRuleId);
    }

    @PostMapping("/disable")
    @Operation(operationId = "disable-earning-rule", summary = "Disable Earning Rule")
    EarningRuleResponse disable(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                @PathVariable String earningRuleId) {
        return rules.disable(project.id(), campaignId, earningRuleId);
    }
}
