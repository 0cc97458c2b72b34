package dev.voucheremulator.promotion;

import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.spec.Validity;
import java.util.Map;

/** A tier to create, already validated by the caller (campaign creation, later tier-setup). */
public record NewPromotionTier(String name, String banner, Discount discount, Map<String, Object> metadata,
                              Boolean active, Integer hierarchy, Validity validity, String categoryId) {
}
