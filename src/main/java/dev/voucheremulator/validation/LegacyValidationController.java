package dev.voucheremulator.validation;

import dev.voucheremulator.api.auth.Project;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The validations of one voucher or one promotion tier that came before stacking, still used by old
 * SDKs. They run the stacked validation with that one redeemable and answer in the old shape.
 */
@RestController
@Tag(name = "Validations")
class LegacyValidationController {

    private final ValidationService validations;

    LegacyValidationController(ValidationService validations) {
        this.validations = validations;
    }

    @PostMapping("/v1/vouchers/{code}/validate")
    @Operation(operationId = "validate-voucher", summary = "Validate Voucher (before stacking)")
    LegacyValidationResponse validateVoucher(@Parameter(hidden = true) Project project, @PathVariable String code,
                                             @RequestBody(required = false) LegacyRequest body) {
        return validate(project, LegacyRequest.stackable(body, Candidate.VOUCHER, code, true), true);
    }

    @PostMapping("/v1/promotions/tiers/{promotionTierId}/validation")
    @Operation(operationId = "validate-promotion-tier", summary = "Validate Promotion Tier (before stacking)")
    LegacyValidationResponse validateTier(@Parameter(hidden = true) Project project,
                                          @PathVariable String promotionTierId,
                                          @RequestBody(required = false) LegacyRequest body) {
        return validate(project, LegacyRequest.stackable(body, Candidate.PROMOTION_TIER, promotionTierId, true),
                false);
    }

    private LegacyValidationResponse validate(Project project, StackableRequest request, boolean voucher) {
        return validations.validateOne(project.id(), request, voucher);
    }
}
