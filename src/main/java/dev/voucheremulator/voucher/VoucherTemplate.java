package dev.voucheremulator.voucher;

import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import java.util.Map;

/**
 * What a campaign stamps onto every voucher it issues. Built by the campaign feature, so this
 * package never reads campaigns. {@code gift} and {@code loyaltyCard} are the campaign's
 * definitions; each voucher gets a fresh card from them.
 */
public record VoucherTemplate(String campaignId,
                              String campaignName,
                              String categoryId,
                              VoucherType type,
                              Discount discount,
                              Gift gift,
                              LoyaltyCardConfig loyaltyCard,
                              RedemptionLimit redemption,
                              CodeConfig codeConfig,
                              boolean isReferralCode,
                              Validity validity,
                              Map<String, Object> metadata) {
}
