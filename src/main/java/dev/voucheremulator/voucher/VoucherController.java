package dev.voucheremulator.voucher;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/vouchers")
@Tag(name = "Vouchers")
class VoucherController {

    private final VoucherService vouchers;
    private final ObjectProvider<CampaignVoucherIssuer> campaignIssuer;

    VoucherController(VoucherService vouchers, ObjectProvider<CampaignVoucherIssuer> campaignIssuer) {
        this.vouchers = vouchers;
        this.campaignIssuer = campaignIssuer;
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

    // Raw parameter map: created_at[before] and friends are not bindable by name.
    @GetMapping
    @Operation(operationId = "list-vouchers", summary = "List Vouchers")
    VoucherListResponse list(@Parameter(hidden = true) Project project,
                             @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return vouchers.list(project.id(), VoucherListQuery.from(params));
    }

    // A voucher that names a campaign belongs to the campaign feature, which owns its count and template.
    private VoucherResponse create(Project project, String code, CreateVoucherRequest body) {
        String campaign = body == null ? null : body.campaignIdOrName();
        if (campaign == null) {
            return vouchers.create(project.id(), code, body);
        }
        CampaignVoucherIssuer issuer = campaignIssuer.getIfAvailable();
        if (issuer == null) {
            throw ApiException.badRequest("invalid_voucher", "Invalid voucher",
                    "Adding a voucher to a campaign through /v1/vouchers is not supported by the emulator yet");
        }
        String wanted = code != null ? code : body.code() != null && !body.code().isBlank() ? body.code() : null;
        return issuer.issue(project.id(), campaign, wanted, body);
    }
}
