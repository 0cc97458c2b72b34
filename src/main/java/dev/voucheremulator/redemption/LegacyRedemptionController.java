package dev.voucheremulator.redemption;

import dev.voucheremulator.api.auth.Project;
import dev.voucheremulator.validation.LegacyRequest;
import dev.voucheremulator.validation.StackableRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A voucher's redemptions, and the redemptions of one voucher or one promotion tier that came before
 * stacking (old SDKs send them): they run the stacked redemption with that one redeemable and answer
 * with its one redemption; a refusal is the same error.
 */
@RestController
@Tag(name = "Redemptions")
class LegacyRedemptionController {

    private final RedemptionService redemptions;
    private final RedemptionReads reads;

    LegacyRedemptionController(RedemptionService redemptions, RedemptionReads reads) {
        this.redemptions = redemptions;
        this.reads = reads;
    }

    @GetMapping("/v1/vouchers/{code}/redemption")
    @Operation(operationId = "get-voucher-redemptions", summary = "Get Voucher's Redemptions")
    VoucherRedemptionsResponse ofVoucher(@Parameter(hidden = true) Project project, @PathVariable String code) {
        return reads.ofVoucher(project.id(), code);
    }

    @PostMapping("/v1/vouchers/{code}/redemption")
    @Operation(operationId = "redeem-voucher", summary = "Redeem Voucher (before stacking)")
    RedemptionResponse redeemVoucher(@Parameter(hidden = true) Project project, @PathVariable String code,
                                     @RequestParam(name = "tracking_id", required = false) String trackingId,
                                     @RequestBody(required = false) LegacyRequest body) {
        return redeem(project, LegacyRequest.stackable(tracked(body, trackingId), "voucher", code, false));
    }

    @PostMapping("/v1/promotions/tiers/{promotionTierId}/redemption")
    @Operation(operationId = "redeem-promotion", summary = "Redeem Promotion Tier (before stacking)")
    RedemptionResponse redeemTier(@Parameter(hidden = true) Project project, @PathVariable String promotionTierId,
                                  @RequestBody(required = false) LegacyRequest body) {
        return redeem(project, LegacyRequest.stackable(body, "promotion_tier", promotionTierId, false));
    }

    private RedemptionResponse redeem(Project project, StackableRequest request) {
        return redemptions.redeem(project.id(), request).orThrow().redemptions().get(0);
    }

    // Old clients also sent the tracking id as a query parameter.
    private static LegacyRequest tracked(LegacyRequest body, String trackingId) {
        if (trackingId == null || (body != null && body.trackingId() != null)) {
            return body;
        }
        LegacyRequest b = body == null ? new LegacyRequest(null, null, null, null, null, null, null) : body;
        return new LegacyRequest(b.customer(), b.order(), b.gift(), b.reward(), b.session(), trackingId, b.metadata());
    }
}
