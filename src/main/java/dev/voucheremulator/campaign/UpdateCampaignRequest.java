package dev.voucheremulator.campaign;

import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Body of PUT /v1/campaigns/{campaignId}: a partial update. A {@link Patch} property that is absent
 * keeps its value, {@code null} clears it, a value sets it. The rest cannot be cleared, so for them
 * absent and null both keep the value. There is no {@code name}: campaigns cannot be renamed.
 */
public record UpdateCampaignRequest(Patch<String> description,
                                    CodeGeneration type,
                                    Boolean joinOnce,
                                    Boolean autoJoin,
                                    Patch<Instant> startDate,
                                    Patch<Instant> expirationDate,
                                    Patch<ValidityTimeframe> validityTimeframe,
                                    Patch<List<Integer>> validityDayOfWeek,
                                    Patch<ValidityHours> validityHours,
                                    Patch<String> activityDurationAfterPublishing,
                                    Patch<String> categoryId,
                                    Patch<String> category,
                                    Patch<Map<String, Object>> metadata,
                                    List<String> unsetMetadataFields,
                                    Discount discount,
                                    Gift gift,
                                    Patch<ReferralProgram> referralProgram,
                                    Patch<Map<String, Object>> loyaltyTiersExpiration,
                                    AccessSettings accessSettings) {

    /** {@code current} with the validity properties this update sends. */
    Validity validity(Validity current) {
        return new Validity(startDate.orElse(current.startDate()), expirationDate.orElse(current.expirationDate()),
                validityTimeframe.orElse(current.validityTimeframe()),
                validityDayOfWeek.orElse(current.validityDayOfWeek()), validityHours.orElse(current.validityHours()));
    }

    /** Whether the category is cleared: sent as null, and no other name or id for it. */
    boolean clearsCategory() {
        return (categoryId.isPresent() || category.isPresent()) && !categoryId.hasValue() && !category.hasValue();
    }
}
