package dev.voucheremulator.voucher;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/v1/vouchers")
@Tag(name = "Vouchers")
class VoucherController {

    private final VoucherService vouchers;
    private final VoucherIssueService issuer;
    private final CampaignVoucherIssuer campaignIssuer;
    private final VoucherEditService editor;
    private final JsonMapper mapper;

    VoucherController(VoucherService vouchers, VoucherIssueService issuer, CampaignVoucherIssuer campaignIssuer,
                      VoucherEditService editor, JsonMapper mapper) {
        this.vouchers = vouchers;
        this.issuer = issuer;
        this.campaignIssuer = campaignIssuer;
        this.editor = editor;
        this.mapper = mapper;
    }

    @PostMapping
    @Operation(operationId = "generate-random-code", summary = "Generate Random Code")
    VoucherResponse generateRandomCode(@Parameter(hidden = true) Project project,
                                       @RequestBody CreateVoucherRequest body) {
        return create(project, null, body);
    }

    @PostMapping("/{code}")
    @Operation(operationId = "create-voucher", summary = "Create Voucher")
    VoucherResponse createVoucher(@Parameter(hidden = true) Project project, @PathVariable String code,
                                  @RequestBody CreateVoucherRequest body) {
        return create(project, code, body);
    }

    @GetMapping("/{code}")
    @Operation(operationId = "get-voucher", summary = "Get Voucher")
    VoucherResponse get(@Parameter(hidden = true) Project project, @PathVariable String code) {
        return vouchers.get(project.id(), code);
    }

    // Bound by hand: an explicit null (clear) must stay apart from an absent property (leave).
    @PutMapping("/{code}")
    @Operation(operationId = "update-voucher", summary = "Update Voucher",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = UpdateVoucherRequest.class))))
    VoucherResponse update(@Parameter(hidden = true) Project project, @PathVariable String code,
                           @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.invalidPayload("The request body should be a JSON object");
        }
        VoucherChanges changes;
        try {
            changes = VoucherChanges.read(mapper, body);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("Unreadable voucher update", e, null);
        }
        return editor.update(project.id(), code, changes);
    }

    @PostMapping("/{code}/enable")
    @Operation(operationId = "enable-voucher", summary = "Enable Voucher")
    VoucherResponse enable(@Parameter(hidden = true) Project project, @PathVariable String code) {
        return editor.activate(project.id(), code, true);
    }

    @PostMapping("/{code}/disable")
    @Operation(operationId = "disable-voucher", summary = "Disable Voucher")
    VoucherResponse disable(@Parameter(hidden = true) Project project, @PathVariable String code) {
        return editor.activate(project.id(), code, false);
    }

    @DeleteMapping("/{code}")
    @Operation(operationId = "delete-voucher", summary = "Delete Voucher")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@Parameter(hidden = true) Project project, @PathVariable String code,
                @RequestParam(required = false) Boolean force) {
        // The bin is not observable, so force=true (skip the bin) behaves the same.
        campaignIssuer.delete(project.id(), code);
    }

    // The query string as sent: created_at[before], filters[...] and friends are not bindable by name. The parameters
    // are declared for Swagger UI only; VoucherListQuery reads and checks them.
    @GetMapping
    @Operation(operationId = "list-vouchers", summary = "List Vouchers", parameters = {
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1..100, default 10",
                    schema = @Schema(type = "integer")),
            @Parameter(name = "page", in = ParameterIn.QUERY, description = "1..99, default 1",
                    schema = @Schema(type = "integer")),
            @Parameter(name = "campaign_id", in = ParameterIn.QUERY),
            @Parameter(name = "campaign", in = ParameterIn.QUERY, description = "campaign name"),
            @Parameter(name = "category", in = ParameterIn.QUERY, description = "category name or id"),
            @Parameter(name = "code", in = ParameterIn.QUERY),
            @Parameter(name = "customer", in = ParameterIn.QUERY, description = "holder's customer id"),
            @Parameter(name = "ids", in = ParameterIn.QUERY, description = "voucher ids; repeat the parameter"),
            @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(allowableValues = {"created_at",
                    "-created_at", "updated_at", "-updated_at", "code", "-code"}, defaultValue = "-created_at")),
            @Parameter(name = "created_at[before]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "created_at[after]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "updated_at[before]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "updated_at[after]", in = ParameterIn.QUERY, schema = @Schema(format = "date-time")),
            @Parameter(name = "filters[code][conditions][$starts_with]", in = ParameterIn.QUERY,
                    description = "also id, voucher_type, campaign, campaign_id, category, customer_id, "
                            + "additional_info, active, is_referral_code, redemption_quantity, redemption_count, "
                            + "start_date, expiration_date, created_at, updated_at; filters[junction]: and or or")})
    ListEnvelope<VoucherResponse> list(@Parameter(hidden = true) Project project,
                                       @Parameter(hidden = true) QueryString query) {
        return vouchers.list(project.id(), VoucherListQuery.from(query));
    }

    // A voucher that names a campaign belongs to the campaign feature, which owns its count and template.
    private VoucherResponse create(Project project, String code, CreateVoucherRequest body) {
        String campaign = body == null ? null : body.campaignIdOrName();
        if (campaign == null) {
            return issuer.create(project.id(), code, body);
        }
        String wanted = code != null ? code : body.code() != null && !body.code().isBlank() ? body.code() : null;
        return campaignIssuer.issue(project.id(), campaign, wanted, body);
    }
}
