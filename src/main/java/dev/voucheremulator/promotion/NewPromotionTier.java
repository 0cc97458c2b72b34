package dev.voucheremulator.promotion;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.ValidityHours;
import dev.voucheremulator.spec.ValidityTimeframe;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tier to create, already validated by the caller (campaign creation, later tier-setup). */
public record NewPromotionTier(String name, String banner, Discount discount, Map<String, Object> metadata,
                              Boolean active, Integer hierarchy, Instant startDate, Instant expirationDate,
                              ValidityTimeframe validityTimeframe, List<Integer> validityDayOfWeek,
                              ValidityHours validityHours, String categoryId) {
}
