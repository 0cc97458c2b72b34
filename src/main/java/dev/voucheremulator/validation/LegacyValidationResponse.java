package dev.voucheremulator.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.api.error.ErrorBody;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.voucher.VoucherResponse;
import java.time.Instant;
import java.util.Map;

/**
 * What a single-redeemable validation answered before stacking (the older official document's
 * {@code VouchersValidateValidResponseBody} / {@code ...InvalidResponseBody}): {@code valid}, and
 * either the effect (discount, the gift card, the reward's points cost, the calculated order) or
 * the {@code reason} and {@code error}. {@code code} names a voucher, {@code id} a promotion tier.
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
                                GiftCard gift,
                                Loyalty loyalty,
                                RewardResult reward,
                                OrderCalculated order,
                                StackableRequest.SessionRequest session,
                                Instant startDate,
                                Instant expirationDate,
                                @JsonInclude(Include.ALWAYS) String trackingId) {

    /** The card as it is: {@code amount} is every credit it received. */
    record GiftCard(Long amount, Long balance, Gift.GiftEffect effect) {
    }

    record Loyalty(Long pointsCost) {
    }

    /** {@code voucher} is the validated voucher (null for a tier, or an unknown code). */
    static LegacyValidationResponse of(ValidationResponse stacked, VoucherResponse voucher, boolean isVoucher) {
        ValidationResponse.Redeemable r = stacked.redeemables().get(0);
        ValidationResponse.Result result = r.result();
        ErrorBody error = result == null ? null : result.error();
        String code = isVoucher ? r.id() : null;
        String id = isVoucher ? null : r.id();
        String object = isVoucher ? null : "promotion_tier";
        if (!stacked.valid()) {
            return new LegacyValidationResponse(false, code, id, object, error == null ? null : error.message(), error,
                    null, null, null, null, r.metadata(), null, null, null, null, null, null, null, null,
                    stacked.trackingId());
        }
        Gift card = voucher == null ? null : voucher.gift();
        GiftCard gift = result.gift() == null || card == null ? null
                : new GiftCard(card.amount(), card.balance(), card.effect());
        Loyalty loyalty = result.loyaltyCard() == null ? null : new Loyalty(result.loyaltyCard().points());
        return new LegacyValidationResponse(true, code, id, object, null, null, r.applicableTo(), r.inapplicableTo(),
                r.campaignName(), r.campaignId(), r.metadata(), result.discount(), gift, loyalty, result.reward(),
                stacked.order(), stacked.session(), voucher == null ? null : voucher.startDate(),
                voucher == null ? null : voucher.expirationDate(), stacked.trackingId());
    }
}
