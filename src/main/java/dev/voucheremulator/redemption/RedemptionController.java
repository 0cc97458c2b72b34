package dev.voucheremulator.redemption;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.validation.StackableRequest;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/redemptions")
@Tag(name = "Redemptions")
class RedemptionController {

    private final RedemptionBatches redemptions;
    private final RedemptionReads reads;
    private final RollbackService rollbacks;

    RedemptionController(RedemptionBatches redemptions, RedemptionReads reads, RollbackService rollbacks) {
        this.redemptions = redemptions;
        this.reads = reads;
        this.rollbacks = rollbacks;
    }

    @PostMapping
    @Operation(operationId = "redeem-stacked-discounts", summary = "Redeem Stackable Discounts")
    RedeemResponse redeem(@Parameter(hidden = true) Project project, @RequestBody StackableRequest body) {
        return redemptions.redeem(project.id(), body).orThrow();
    }

    @GetMapping("/{redemptionId}")
    @Operation(operationId = "get-redemption", summary = "Get Redemption")
    RedemptionEntry get(@Parameter(hidden = true) Project project, @PathVariable String redemptionId) {
        return reads.get(project.id(), redemptionId);
    }

    // The query string as sent: created_at[before] and filters[...] are not bindable by name. The parameters are declared for
    // Swagger UI only; RedemptionListQuery reads and checks them.
    @GetMapping
    @Operation(operationId = "list-redemptions", summary = "List Redemptions", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1..100, default 10",
                    schema = @Schema(type = "integer")),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "1..99, default 1",
                    schema = @Schema(type = "integer")),
            @Parameter(name = "result", in = ParameterIn.QUERY, description = "SUCCESS or FAILURE; repeatable"),
            @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "campaign name"),
            @Parameter(name = "customer", in = ParameterIn.QUERY, description = "customer id or source_id"),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"created_at",
                    "-created_at", "id", "-id", "voucher_code", "-voucher_code", "tracking_id", "-tracking_id",
                    "customer_id", "-customer_id"}, defaultValue = "-created_at")),
            @Parameter(name = "created_at[before]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "created_at[after]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "filters[voucher_code][conditions][$in]", in = ParameterIn.QUERY,
                    description = "also customer_id, campaign_name, result, object, failure_code, related_object_id, "
                            + "related_object_parent_id, parent_redemption_id, user_login, with $is, $not_in, "
                            + "$starts_with, ...; filters[junction]: and or or")})
    ListEnvelope<RedemptionEntry> list(@Parameter(hidden = true) Project project,
                                       @Parameter(hidden = true) QueryString query) {
        return reads.list(project.id(), RedemptionListQuery.from(query));
    }

    @PostMapping("/{redemptionId}/rollback")
    @Operation(operationId = "rollback-redemption", summary = "Rollback Redemption")
    RollbackResponse rollback(@Parameter(hidden = true) Project project, @PathVariable String redemptionId,
                              @RequestParam(required = false) String reason,
                              @RequestParam(name = "tracking_id", required = false) String trackingId,
                              @RequestBody(required = false) RollbackRequest body) {
        return rollbacks.rollback(project.id(), redemptionId, reason, trackingId, body).orThrow();
    }

    @PostMapping("/{parentRedemptionId}/rollbacks")
    @Operation(operationId = "rollback-stacked-redemptions", summary = "Rollback Stackable Redemptions")
    RollbacksResponse rollbackStacked(@Parameter(hidden = true) Project project,
                                      @PathVariable String parentRedemptionId,
                                      @RequestParam(required = false) String reason,
                                      @RequestParam(name = "tracking_id", required = false) String trackingId,
                                      @RequestBody(required = false) RollbackRequest body) {
        return rollbacks.rollbackStacked(project.id(), parentRedemptionId, reason, trackingId, body).orThrow();
    }
}
