package dev.voucheremulator.campaign;

import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.spec.Validity;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Body of PUT /v1/promotions/tiers/{promotionTierId} ({@code PromotionTierUpdate}): a partial
 * update. A {@link Patch} property that is absent keeps its value, {@code null} clears it, a value
 * sets it; {@code name}, {@code action} and {@code hierarchy} cannot be cleared, so null keeps them.
 */
public record UpdatePromotionTierRequest(@Size(min = 1, max = 200) String name,
                                         Patch<String> banner,
                                         CreateCampaignRequest.Action action,
                                         Patch<Map<String, Object>> metadata,
                                         @PositiveOrZero Integer hierarchy,
                                         Patch<Instant> startDate,
                                         Patch<Instant> expirationDate,
                                         Patch<ValidityTimeframe> validityTimeframe,
                                         Patch<List<Integer>> validityDayOfWeek,
                                         Patch<ValidityHours> validityHours,
                                         Patch<String> categoryId,
                                         Patch<String> category) {

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
