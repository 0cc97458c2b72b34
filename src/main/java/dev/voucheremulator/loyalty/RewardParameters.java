package dev.voucheremulator.loyalty;

import dev.voucheremulator.campaign.CampaignType;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What a reward gives, the spec's {@code RewardType} (and the create request's parameters): a
 * campaign's voucher or credits, coins paying for an order, or a product. One of the three is set.
 */
record RewardParameters(Campaign campaign, Coin coin, Product product) {

    record Campaign(String id, Long balance, CampaignType type) {
    }

    // The create request says the ratios are strings, the Reward schema numbers: echoed as sent.
    record Coin(JsonNode exchangeRatio, JsonNode pointsRatio) {
    }

    record Product(String id, String skuId) {
    }

    /** Which of the three it is; empty when none is set. */
    Optional<Reward.Type> type() {
        if (campaign != null) {
            return Optional.of(Reward.Type.CAMPAIGN);
        }
        if (coin != null) {
            return Optional.of(Reward.Type.COIN);
        }
        return product != null ? Optional.of(Reward.Type.MATERIAL) : Optional.empty();
    }
}
