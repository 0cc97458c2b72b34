package dev.voucheremulator.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.api.error.ErrorBody;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.spec.Discount;
import java.util.Map;

/**
 * What a single-redeemable validation answered before stacking: {@code valid}, and either the
 * effect (discount, gift credits or loyalty points, the calculated order) or the {@code reason} and
 * {@code error}. {@code code} names a voucher, {@code id} a promotion tier.
 */
record LegacyValidationResponse(boolean valid,
                                String code,
                                String id,
                                String object,
                                String reason,
                                ErrorBody error,
                                ValidationResponse.ResultList applicableTo,
                                ValidationResponse.ResultList inapplicableTo,
                                String campaign,
                                String campaignId,
                                Map<String, Object> metadata,
                                Discount discount,
                                ValidationResponse.GiftResult gift,
                                ValidationResponse.LoyaltyResult loyalty,
                                RewardResult reward,
                                OrderCalculated order,
                                @JsonInclude(Include.ALWAYS) String trackingId,
                                StackableRequest.SessionRequest session) {

    static LegacyValidationResponse of(ValidationResponse stacked, boolean voucher) {
        ValidationResponse.Redeemable r = stacked.redeemables().get(0);
        ValidationResponse.Result result = r.result();
        ErrorBody error = result == null ? null : result.error();
        return new LegacyValidationResponse(stacked.valid(), voucher ? r.id() : null, voucher ? null : r.id(),
                voucher ? null : "promotion_tier",
                error == null ? null : error.message(), error,
                r.applicableTo(), r.inapplicableTo(), r.campaignName(), r.campaignId(),
                r.metadata(), result == null ? null : result.discount(), result == null ? null : result.gift(),
                result == null ? null : result.loyaltyCard(), result == null ? null : result.reward(),
                stacked.valid() ? stacked.order() : null, stacked.trackingId(), stacked.session());
    }
}
