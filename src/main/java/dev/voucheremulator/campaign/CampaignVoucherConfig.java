package dev.voucheremulator.campaign;

import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.VoucherType;

/** The voucher definition a campaign stores as jsonb and stamps onto each voucher it issues. */
public record CampaignVoucherConfig(VoucherType type, Discount discount, Gift gift, LoyaltyCardConfig loyaltyCard,
                                    RedemptionLimit redemption, CodeConfig codeConfig) {
}
