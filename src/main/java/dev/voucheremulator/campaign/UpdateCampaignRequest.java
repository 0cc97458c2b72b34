package dev.voucheremulator.campaign;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Gift;
import dev.voucheremulator.spec.Validity;
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
                                    @JsonUnwrapped Validity validity,
                                    String activityDurationAfterPublishing,
                                    String categoryId,
                                    String category,
                                    Map<String, Object> metadata,
                                    List<String> unsetMetadataFields,
                                    Discount discount,
                                    Gift gift,
                                    ReferralProgram referralProgram,
                                    Map<String, Object> loyaltyTiersExpiration,
                                    AccessSettings accessSettings) {
}
