package dev.voucheremulator.loyalty;

/**
 * An item of {@code LoyaltiesMembersRewardsListResponseBody} ({@code loyalty_reward}) or of a tier's
 * rewards ({@code LoyaltiesLoyaltyTierReward}, {@code loyalty_tier_reward}): a reward and what it costs.
 */
record LoyaltyRewardResponse(RewardResponse reward, RewardAssignmentResponse assignment, String object) {
}
