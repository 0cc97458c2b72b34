package dev.voucheremulator.redemption;

import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.loyalty.RewardService;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.voucher.VoucherResponse;

/**
 * One redeemable of a validation or redemption request, as it is worked out: what it names, why it
 * fails if it does, and what it takes off the order.
 */
final class Candidate {

    static final String VOUCHER = "voucher";
    static final String PROMOTION_TIER = "promotion_tier";
    static final String PROMOTION_STACK = "promotion_stack";

    final int index;
    final StackableRequest.RedeemableRef ref;
    VoucherResponse voucher;
    PromotionTierResponse tier;
    CampaignResponse campaign;
    Failure failure;
    // valid itself, but not applied because another redeemable of the request failed
    boolean skipped;
    long giftCredits;
    Long giftBalance;
    DiscountCalculator.Applied applied;
    // a loyalty card: the reward it pays for and the points it takes; the redemption id the points name
    RewardService.Offer reward;
    Long loyaltyPoints;
    String redemptionId;
    OrderCalculated order;

    Candidate(int index, StackableRequest.RedeemableRef ref) {
        this.index = index;
        this.ref = ref;
    }

    String object() {
        return ref.object();
    }

    String id() {
        return ref.id();
    }

    boolean applicable() {
        return failure == null && !skipped;
    }

    void fail(Failure failure) {
        if (this.failure == null) {
            this.failure = failure;
        }
    }

    String campaignId() {
        if (voucher != null) {
            return voucher.campaignId();
        }
        return tier != null ? tier.campaignId() : null;
    }

    String campaignName() {
        if (campaign != null) {
            return campaign.name();
        }
        return voucher != null ? voucher.campaign() : null;
    }

    boolean isGift() {
        return voucher != null && voucher.type() == VoucherType.GIFT_VOUCHER;
    }

    boolean isLoyaltyCard() {
        return voucher != null && voucher.type() == VoucherType.LOYALTY_CARD;
    }

    Discount discount() {
        if (voucher != null) {
            return voucher.type() == VoucherType.DISCOUNT_VOUCHER ? voucher.discount() : null;
        }
        return tier != null && tier.action() != null ? tier.action().discount() : null;
    }

    /** What this redeemable took off the order as a discount (gift credits are counted apart). */
    long discountAmount() {
        return applied == null || isGift() ? 0 : applied.total();
    }

    /** The id a stored redemption relates to: the voucher's or tier's, once resolved. */
    String relatedObjectId() {
        if (voucher != null) {
            return voucher.id();
        }
        return tier != null ? tier.id() : null;
    }
}
