package dev.voucheremulator.campaign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityTimeframe;
import dev.voucheremulator.spec.VoucherType;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Voucherify's {@code Campaign} (single resource) and {@code CampaignBase} (list item, summary):
 * list items leave {@code promotion} and {@code validation_rules_assignments} null, and so absent.
 * As recorded from the real API: {@code metadata} is null when none was sent; a PROMOTION campaign
 * answers neither {@code vouchers_count} nor {@code validation_rules_assignments}.
 */
public record CampaignResponse(String id,
                               String name,
                               String description,
                               CampaignType campaignType,
                               CodeGeneration type,
                               Voucher voucher,
                               boolean autoJoin,
                               boolean joinOnce,
                               boolean useVoucherMetadataSchema,
                               @JsonUnwrapped Validity validity,
                               String activityDurationAfterPublishing,
                               Integer vouchersCount,
                               boolean active,
                               Map<String, Object> metadata,
                               Instant createdAt,
                               Instant updatedAt,
                               String category,
                               CampaignStatus creationStatus,
                               CampaignStatus vouchersGenerationStatus,
                               @JsonProperty("protected") boolean protectedCampaign,
                               @JsonInclude(JsonInclude.Include.ALWAYS) String categoryId,
                               List<CategoryResponse> categories,
                               String object,
                               ReferralProgram referralProgram,
                               Map<String, Object> loyaltyTiersExpiration,
                               Tiers promotion,
                               ValidationRulesAssignmentList validationRulesAssignments,
                               AccessSettingsAssignments accessSettingsAssignments) {

    /**
     * The areas and stores a campaign is assigned to (an enterprise feature the emulator does not
     * keep): always the empty list, as the recorded answers show it.
     */
    public record AccessSettingsAssignments(String object, String dataRef, List<Object> data, int total) {
        static final AccessSettingsAssignments NONE = new AccessSettingsAssignments("list", "data", List.of(), 0);
    }

    /**
     * The campaign's voucher definition as Voucherify echoes it. Dates and {@code validity_timeframe}
     * mirror the campaign's, as in the official list example (which does not mirror the day-of-week).
     */
    public record Voucher(VoucherType type,
                          Discount discount,
                          Gift gift,
                          LoyaltyCardConfig loyaltyCard,
                          RedemptionLimit redemption,
                          CodeConfig codeConfig,
                          boolean isReferralCode,
                          Instant startDate,
                          Instant expirationDate,
                          ValidityTimeframe validityTimeframe) {
    }

    public record Tiers(String object, String dataRef, List<PromotionTierResponse> tiers, int total, boolean hasMore) {
        static Tiers of(List<PromotionTierResponse> tiers) {
            return new Tiers("list", "tiers", tiers, tiers.size(), false);
        }

        static Tiers page(List<PromotionTierResponse> tiers, long total, boolean hasMore) {
            return new Tiers("list", "tiers", tiers, Math.toIntExact(total), hasMore);
        }
    }
}
