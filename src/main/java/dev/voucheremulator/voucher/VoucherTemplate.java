package dev.voucheremulator.voucher;

import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.spec.VoucherType;
import java.time.Instant;
import java.util.List;
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
                              Instant startDate,
                              Instant expirationDate,
                              ValidityTimeframe validityTimeframe,
                              List<Integer> validityDayOfWeek,
                              ValidityHours validityHours,
                              Map<String, Object> metadata) {
}
