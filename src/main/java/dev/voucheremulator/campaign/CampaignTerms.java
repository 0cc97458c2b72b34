package dev.voucheremulator.campaign;

import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.spec.Validity;

/**
 * What validations and redemptions need of a voucher's or promotion tier's campaign: whether it is
 * enabled, when it may be used, and what it converts (a referral program). One row, nothing embedded.
 */
public record CampaignTerms(String id,
                            String name,
                            CampaignType campaignType,
                            boolean active,
                            Validity validity,
                            String activityDurationAfterPublishing,
                            String categoryId,
                            ReferralProgram referralProgram) {

    static CampaignTerms of(Campaign c) {
        return new CampaignTerms(c.id(), c.name(), c.campaignType(), c.active(), c.validity(),
                c.activityDurationAfterPublishing(), c.categoryId(), c.referralProgram());
    }

    /** The campaign as its promotion tiers carry it. */
    public PromotionTierResponse.CampaignRef tierRef() {
        return new PromotionTierResponse.CampaignRef(id, validity, active, categoryId, "campaign");
    }
}
