package dev.voucheremulator.campaign;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import dev.voucheremulator.voucher.AddVoucherRequest;
import dev.voucheremulator.voucher.VoucherResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
@RequestMapping("/v1/campaigns")
@Tag(name = "Campaigns")
class CampaignController {

    private final CampaignService campaigns;
    private final CampaignVouchers vouchers;

    CampaignController(CampaignService campaigns, CampaignVouchers vouchers) {
        this.campaigns = campaigns;
        this.vouchers = vouchers;
    }

    @PostMapping
    @Operation(operationId = "create-campaign", summary = "Create Campaign")
    CampaignResponse create(@Parameter(hidden = true) Project project,
                            @Valid @RequestBody CreateCampaignRequest body) {
        return campaigns.create(project.id(), body);
    }

    @GetMapping
    @Operation(operationId = "list-campaigns", summary = "List Campaigns")
    ListEnvelope<CampaignResponse> list(
            @Parameter(hidden = true) Project project,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "campaign_type", required = false) CampaignType campaignType,
            @RequestParam(name = "campaign_status", required = false) CampaignStatus campaignStatus,
            @RequestParam(name = "is_referral_code", required = false) Boolean isReferralCode,
            @RequestParam(required = false) String order,
            @RequestParam(required = false) List<String> expand,
            @Parameter(hidden = true) HttpServletRequest request) {
        return campaigns.list(project.id(), CampaignListQuery.of(limit, page, campaignType, campaignStatus,
                isReferralCode, order, expand, request.getParameterMap()));
    }

    @GetMapping("/{campaignId}")
    @Operation(operationId = "get-campaign", summary = "Get Campaign")
    CampaignResponse get(@Parameter(hidden = true) Project project, @PathVariable String campaignId) {
        return campaigns.get(project.id(), campaignId);
    }

    @PutMapping("/{campaignId}")
    @Operation(operationId = "update-campaign", summary = "Update Campaign")
    CampaignResponse update(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                            @Valid @RequestBody UpdateCampaignRequest body) {
        return campaigns.update(project.id(), campaignId, body);
    }

    @DeleteMapping("/{campaignId}")
    @Operation(operationId = "delete-campaign", summary = "Delete Campaign")
    ResponseEntity<Accepted> delete(@Parameter(hidden = true) Project project,
                                               @PathVariable String campaignId,
                                               @RequestParam(required = false) Boolean force) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(campaigns.delete(project.id(), campaignId));
    }

    @PostMapping("/{campaignId}/enable")
    @Operation(operationId = "enable-campaign", summary = "Enable Campaign")
    Map<String, Object> enable(@Parameter(hidden = true) Project project, @PathVariable String campaignId) {
        campaigns.enable(project.id(), campaignId, true);
        return Map.of();
    }

    @PostMapping("/{campaignId}/disable")
    @Operation(operationId = "disable-campaign", summary = "Disable Campaign")
    Map<String, Object> disable(@Parameter(hidden = true) Project project, @PathVariable String campaignId) {
        campaigns.enable(project.id(), campaignId, false);
        return Map.of();
    }

    /** One voucher comes back as a Voucher (200); more than one as an async action (202), as in the real API. */
    @PostMapping("/{campaignId}/vouchers")
    @Operation(operationId = "add-vouchers-to-campaign", summary = "Add Vouchers to Campaign")
    ResponseEntity<Object> addVouchers(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                       @RequestParam(name = "vouchers_count", required = false) Integer vouchersCount,
                                       @Valid @RequestBody(required = false) AddVoucherRequest body) {
        int count = vouchersCount == null ? 1 : vouchersCount;
        if (count == 1) {
            return ResponseEntity.ok(vouchers.add(project.id(), campaignId, count, body).get(0));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(vouchers.addInBulk(project.id(), campaignId, count, body));
    }

    @PostMapping("/{campaignId}/vouchers/{code}")
    @Operation(operationId = "add-voucher-with-specific-code-to-campaign",
            summary = "Add Voucher with Specific Code to Campaign")
    VoucherResponse addVoucherWithCode(@Parameter(hidden = true) Project project, @PathVariable String campaignId,
                                       @PathVariable String code,
                                       @Valid @RequestBody(required = false) AddVoucherRequest body) {
        return vouchers.addWithCode(project.id(), campaignId, code, body);
    }
}
