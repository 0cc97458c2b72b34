package dev.voucheremulator.redemption;

import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.validation.ValidationResponse;
import java.util.List;

/** Voucherify's {@code RedemptionsRedeemResponseBody}; {@code parent_redemption} only for more than one redeemable. */
record RedeemResponse(List<RedemptionResponse> redemptions,
                      RedemptionResponse parentRedemption,
                      OrderCalculated order,
                      List<ValidationResponse.Redeemable> inapplicableRedeemables,
                      List<ValidationResponse.Redeemable> skippedRedeemables) {
}
