package dev.voucheremulator.campaign;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Body of PUT /v1/campaigns/{campaignId}: a partial update. An omitted (or null) field keeps its
 * value; there is no {@code name}, campaigns cannot be renamed.
 */
public record UpdateCampaignRequest(String description,
                                    CodeGeneration type,
                                    Boolean joinOnce,
                                    Boolean autoJoin,
                                    Instant startDate,
                                    Instant expirationDate,
                                    ValidityTimeframe validityTimeframe,
                                    List<Integer> validityDayOfWeek,
                                    ValidityHours validityHours,
                                    String activityDurationAfterPublishing,
                                    String categoryId,
                                    String category,
                                    Map<String, Object> metadata,
                                    List<String> unsetMetadataFields,
                                    Discount discount,
                                    Gift gift,
                                    ReferralProgram referralProgram,
                                    Map<String, Object> loyaltyTiersExpiration) {
}
