package dev.voucheremulator.validation;

import dev.voucheremulator.campaign.CampaignTerms;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.loyalty.RewardService;
import dev.voucheremulator.pricing.DiscountCalculator;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.voucher.VoucherResponse;
import java.util.List;

/**
 * One redeemable of a validation or redemption request, as it is worked out: what it names, why it
 * fails if it does, and what it takes off the order. The checks fill it in; redemptions read it.
 */
public final class Candidate {

    public static final String VOUCHER = "voucher";
    public static final String PROMOTION_TIER = "promotion_tier";
    public static final String PROMOTION_STACK = "promotion_stack";

    final int index;
    final StackableRequest.RedeemableRef ref;
    VoucherResponse voucher;
    PromotionTierResponse tier;
    CampaignTerms campaign;
    Failure failure;
    // valid itself, but not applied: another redeemable of the request failed, or a stacking rule left it out
    boolean skipped;
    Skip skip;
    long giftCredits;
    Long giftBalance;
    DiscountCalculator.Applied applied;
    // a loyalty card: the reward it pays for and the points it takes
    RewardService.Offer reward;
    Long loyaltyPoints;
    OrderCalculated order;

    Candidate(int index, StackableRequest.RedeemableRef ref) {
        this.index = index;
        this.ref = ref;
    }

    public int index() {
        return index;
    }

    public String object() {
        return ref.object();
    }

    public String id() {
        return ref.id();
    }

    public VoucherResponse voucher() {
        return voucher;
    }

    public PromotionTierResponse tier() {
        return tier;
    }

    public CampaignTerms campaign() {
        return campaign;
    }

    /** Why it cannot be used; null when it can. */
    public Failure failure() {
        return failure;
    }

    public boolean skipped() {
        return skipped;
    }

    /** The gift card credits it takes. */
    public long giftCredits() {
        return giftCredits;
    }

    public RewardService.Offer reward() {
        return reward;
    }

    /** The loyalty card points it pays for its reward; null for anything but a loyalty card. */
    public Long loyaltyPoints() {
        return loyaltyPoints;
    }

    /** The order as this redeemable left it; null when it failed or the request has no order. */
    public OrderCalculated order() {
        return order;
    }

    public boolean applicable() {
        return failure == null && !skipped;
    }

    /** Why a valid redeemable was not applied ({@code result.details} of a SKIPPED redeemable). */
    record Skip(String key, String message) {
    }

    void skip(Skip why) {
        if (!skipped) {
            skipped = true;
            skip = why;
        }
    }

    /** The ids of the categories of its campaign (or of the voucher or tier itself). */
    List<String> categoryIds() {
        List<CategoryResponse> categories = voucher != null ? voucher.categories()
                : tier != null ? tier.categories() : null;
        return categories == null ? List.of()
                : categories.stream().map(CategoryResponse::id).toList();
    }

    /** The lowest hierarchy among its categories: applied first when sorting by category hierarchy. */
    int hierarchy() {
        List<CategoryResponse> categories = voucher != null ? voucher.categories()
                : tier != null ? tier.categories() : null;
        return categories == null ? Integer.MAX_VALUE : categories.stream()
                .mapToInt(CategoryResponse::hierarchy).min().orElse(Integer.MAX_VALUE);
    }

    void fail(Failure failure) {
        if (this.failure == null) {
            this.failure = failure;
        }
    }

    public String campaignId() {
        if (voucher != null) {
            return voucher.campaignId();
        }
        return tier != null ? tier.campaignId() : null;
    }

    public String campaignName() {
        if (campaign != null) {
            return campaign.name();
        }
        return voucher != null ? voucher.campaign() : null;
    }

    public boolean isGift() {
        return voucher != null && voucher.type() == VoucherType.GIFT_VOUCHER;
    }

    public boolean isLoyaltyCard() {
        return voucher != null && voucher.type() == VoucherType.LOYALTY_CARD;
    }

    Discount discount() {
        if (voucher != null) {
            return voucher.type() == VoucherType.DISCOUNT_VOUCHER ? voucher.discount() : null;
        }
        return tier != null && tier.action() != null ? tier.action().discount() : null;
    }

    /** What this redeemable took off the order as a discount (gift credits are counted apart). */
    public long discountAmount() {
        return applied == null || isGift() ? 0 : applied.total();
    }

    /** The id a stored redemption relates to: the voucher's or tier's, once resolved. */
    public String relatedObjectId() {
        if (voucher != null) {
            return voucher.id();
        }
        return tier != null ? tier.id() : null;
    }
}
