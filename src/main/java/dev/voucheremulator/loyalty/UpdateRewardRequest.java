package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.json.Patch;
import java.util.Map;

/**
 * {@code RewardsUpdateRequestBody}: a partial update. A {@link Patch} property that is absent keeps
 * its value, {@code null} clears it, a value sets it; {@code name} and {@code parameters} cannot be
 * cleared, so null keeps them.
 */
record UpdateRewardRequest(String name, RewardParameters parameters, Patch<Long> stock,
                           Patch<Reward.Attributes> attributes, Patch<Map<String, Object>> metadata) {
}
