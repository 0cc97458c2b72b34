package dev.voucheremulator.voucher;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.spec.CodeConfig;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.LoyaltyCardConfig;
import dev.voucheremulator.spec.RedemptionLimit;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.VoucherType;
import java.util.List;
import java.util.Map;

/**
 * Body of POST /v1/vouchers and POST /v1/vouchers/{code} ({@code VouchersCreateRequestBody} /
 * {@code VouchersCreateWithSpecificCodeRequestBody}). {@code code} and {@code code_config} only
 * matter on POST /v1/vouchers; a code in the path wins.
 */
public record CreateVoucherRequest(String code,
                                   String campaign,
                                   String campaignId,
                                   String category,
                                   String categoryId,
                                   VoucherType type,
                                   Discount discount,
                                   Gift gift,
                                   LoyaltyCardConfig loyaltyCard,
                                   @JsonUnwrapped Validity validity,
                                   Boolean active,
                                   String additionalInfo,
                                   Map<String, Object> metadata,
                                   List<String> validationRules,
                                   RedemptionLimit redemption,
                                   CodeConfig codeConfig) {

    /** The campaign the voucher should join: {@code campaign_id} wins over the {@code campaign} name. */
    public String campaignIdOrName() {
        if (campaignId != null && !campaignId.isBlank()) {
            return campaignId;
        }
        return campaign != null && !campaign.isBlank() ? campaign : null;
    }

    /**
     * The part of this body that applies to a campaign voucher; the voucher's type and definition
     * (discount, gift, loyalty card, validity windows) come from the campaign.
     */
    public AddVoucherRequest asCampaignOverrides() {
        return new AddVoucherRequest(code, category, categoryId, metadata, redemption, additionalInfo,
                validity.startDate(), validity.expirationDate(), codeConfig);
    }
}
