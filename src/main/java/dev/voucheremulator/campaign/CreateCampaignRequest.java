package dev.voucheremulator.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Body of POST /v1/campaigns (the spec's oneOf over campaign types, as one record). The spec marks
 * nothing required; like the real API we require {@code name}, and infer a missing
 * {@code campaign_type} from {@code voucher.type}.
 */
public record CreateCampaignRequest(@NotBlank @Size(max = 200) String name,
                                    String description,
                                    CampaignType campaignType,
                                    CodeGeneration type,
                                    Boolean joinOnce,
                                    Boolean autoJoin,
                                    Boolean useVoucherMetadataSchema,
                                    @PositiveOrZero @Max(CampaignService.MAX_VOUCHERS_PER_REQUEST) Integer vouchersCount,
                                    @JsonUnwrapped Validity validity,
                                    String activityDurationAfterPublishing,
                                    String categoryId,
                                    String category,
                                    Map<String, Object> metadata,
                                    @Size(max = 1) List<String> validationRules,
                                    @Valid VoucherDefinition voucher,
                                    @Valid Promotion promotion,
                                    ReferralProgram referralProgram,
                                    Map<String, Object> loyaltyTiersExpiration) {

    /** The same request for another campaign type (the /v1/loyalties endpoints imply LOYALTY_PROGRAM). */
    public CreateCampaignRequest withCampaignType(CampaignType campaignType) {
        return new CreateCampaignRequest(name, description, campaignType, type, joinOnce, autoJoin,
                useVoucherMetadataSchema, vouchersCount, validity, activityDurationAfterPublishing, categoryId, category, metadata,
                validationRules, voucher, promotion, referralProgram, loyaltyTiersExpiration);
    }

    public record VoucherDefinition(VoucherType type, Discount discount, Gift gift, LoyaltyCardConfig loyaltyCard,
                                    RedemptionLimit redemption, CodeConfig codeConfig, Boolean isReferralCode) {
    }

    public record Promotion(@Size(max = 100) List<@Valid PromotionTierRequest> tiers) {
    }

    public record PromotionTierRequest(@NotBlank String name,
                                       String banner,
                                       Action action,
                                       Map<String, Object> metadata,
                                       List<String> validationRules,
                                       Boolean active,
                                       @PositiveOrZero Integer hierarchy,
                                       @JsonUnwrapped Validity validity,
                                       String category,
                                       String categoryId) {
    }

    /** A promotion tier's {@code action}: the discount it grants. */
    public record Action(Discount discount) {
    }
}
