package dev.voucheremulator.campaign;

import dev.voucheremulator.spec.VoucherType;

/** {@code campaign_type}. */
public enum CampaignType {
    DISCOUNT_COUPONS(VoucherType.DISCOUNT_VOUCHER),
    GIFT_VOUCHERS(VoucherType.GIFT_VOUCHER),
    LOYALTY_PROGRAM(VoucherType.LOYALTY_CARD),
    PROMOTION(null),
    REFERRAL_PROGRAM(VoucherType.DISCOUNT_VOUCHER);

    private final VoucherType voucherType;

    CampaignType(VoucherType voucherType) {
        this.voucherType = voucherType;
    }

    /** The type of the vouchers this campaign issues; null for PROMOTION, which has tiers instead. */
    public VoucherType voucherType() {
        return voucherType;
    }
}
