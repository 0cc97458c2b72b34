package dev.voucheremulator.promotion;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.voucheremulator.category.CategoryResponse;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.validationrule.ValidationRulesAssignmentList;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Voucherify's {@code PromotionTier}, as embedded in a promotion campaign. */
public record PromotionTierResponse(String id,
                                    Instant createdAt,
                                    Instant updatedAt,
                                    String name,
                                    String banner,
                                    PromotionTier.Action action,
                                    Map<String, Object> metadata,
                                    int hierarchy,
                                    String promotionId,
                                    CampaignRef campaign,
                                    String campaignId,
                                    boolean active,
                                    @JsonUnwrapped Validity validity,
                                    Summary summary,
                                    String object,
                                    ValidationRulesAssignmentList validationRuleAssignments,
                                    @JsonInclude(JsonInclude.Include.ALWAYS) String categoryId,
                                    List<CategoryResponse> categories) {

    /** The parent campaign's validity, as the tier carries it. */
    public record CampaignRef(String id, @JsonUnwrapped Validity validity, boolean active,
                              @JsonInclude(JsonInclude.Include.ALWAYS) String categoryId, String object) {
    }

    public record Summary(Redemptions redemptions, Orders orders) {
        static final Summary EMPTY = new Summary(new Redemptions(0), new Orders(0, 0));
    }

    public record Redemptions(long totalRedeemed) {
    }

    public record Orders(long totalAmount, long totalDiscountAmount) {
    }
}
