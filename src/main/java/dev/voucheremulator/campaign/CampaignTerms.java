package dev.voucheremulator.campaign;

import dev.voucheremulator.promotion.PromotionTierResponse;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Instant;
import java.util.List;

/**
 * What validations and redemptions need of a voucher's or promotion tier's campaign: whether it is
 * enabled, when it may be used, and what it converts (a referral program). One row, nothing embedded.
 */
public record CampaignTerms(String id,
                            String name,
                            CampaignType campaignType,
                            boolean active,
                            Instant startDate,
                            Instant expirationDate,
                            ValidityTimeframe validityTimeframe,
                            List<Integer> validityDayOfWeek,
                            ValidityHours validityHours,
                            String activityDurationAfterPublishing,
                            String categoryId,
                            ReferralProgram referralProgram) {

    static CampaignTerms of(Campaign c) {
        return new CampaignTerms(c.id(), c.name(), c.campaignType(), c.active(), c.startDate(), c.expirationDate(),
                c.validityTimeframe(), c.validityDayOfWeek(), c.validityHours(), c.activityDurationAfterPublishing(),
                c.categoryId(), c.referralProgram());
    }

    /** The campaign as its promotion tiers carry it. */
    public PromotionTierResponse.CampaignRef tierRef() {
        return new PromotionTierResponse.CampaignRef(id, startDate, expirationDate, validityTimeframe,
                validityDayOfWeek, validityHours, active, categoryId, "campaign");
    }
}
