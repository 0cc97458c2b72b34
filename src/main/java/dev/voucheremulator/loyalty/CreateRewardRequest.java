package dev.voucheremulator.loyalty;

import java.util.Map;

/**
 * {@code RewardsCreateRequestBody}: a digital reward ({@code parameters.campaign}), a material one
 * ({@code parameters.product}) or pay-with-points ({@code parameters.coin}).
 */
record CreateRewardRequest(String name, RewardParameters parameters, Long stock, Reward.Attributes attributes,
                           Map<String, Object> metadata) {
}
