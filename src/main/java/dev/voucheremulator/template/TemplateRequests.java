package dev.voucheremulator.template;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.campaign.CodeGeneration;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Request bodies of the campaign-template operations. */
final class TemplateRequests {

    private TemplateRequests() {
    }

    /** create-campaign-template: exactly one of campaign_id and promotion_tier_id. */
    record CreateTemplate(@NotBlank @Size(max = 200) String name, String description, String campaignId,
                          String promotionTierId) {
    }

    /**
     * update-campaign-template: only the template's own name and description change, tri-state. A
     * template always has a name, so a null name keeps it; a null description clears it.
     */
    record UpdateTemplate(Patch<String> name, Patch<String> description) {
    }

    /**
     * create-campaign-from-template: only {@code name} is required; every field sent replaces the
     * template's. {@code validation_rules} is read only to refuse it: the campaign gets a copy of
     * the template's rule instead.
     */
    record CampaignSetup(@NotBlank @Size(max = 200) String name,
                         String description,
                         CodeGeneration type,
                         Boolean joinOnce,
                         Boolean autoJoin,
                         Boolean useVoucherMetadataSchema,
                         @PositiveOrZero @Max(100_000) Integer vouchersCount,
                         @JsonUnwrapped Validity validity,
                         String activityDurationAfterPublishing,
                         String categoryId,
                         String category,
                         Map<String, Object> metadata,
                         Map<String, Object> accessSettings,
                         SetupVoucher voucher,
                         Object validationRules) {
    }

    record SetupVoucher(CodeConfig codeConfig, RedemptionLimit redemption) {
    }

    /** add-tier-from-template. */
    record TierSetup(@NotBlank String campaignId,
                     @NotBlank String name,
                     String banner,
                     Map<String, Object> metadata,
                     @PositiveOrZero Integer hierarchy,
                     Boolean active,
                     @JsonUnwrapped Validity validity,
                     String category,
                     String categoryId,
                     Object validationRules) {
    }
}
