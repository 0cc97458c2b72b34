package dev.voucheremulator.loyalty;

import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.api.error.ApiException;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a reward gives, the spec's {@code RewardType} (and the create request's parameters): a
 * campaign's voucher or credits, coins paying for an order, or a product. One of the three is set.
 */
record RewardParameters(Campaign campaign, Coin coin, Product product) {

    record Campaign(String id, Long balance, CampaignType type) {
    }

    // The create request's schema types the ratios as strings, the Reward schema as numbers: either is
    // taken, as long as it is a number, and the reward answers numbers.
    record Coin(JsonNode exchangeRatio, JsonNode pointsRatio) {

        /** The ratios as numbers; a 400 for one that is not a number. */
        Coin checked() {
            return new Coin(number("exchange_ratio", exchangeRatio), number("points_ratio", pointsRatio));
        }

        private static JsonNode number(String property, JsonNode value) {
            if (value == null || value.isNull() || value.isNumber()) {
                return value;
            }
            if (value.isString()) {
                try {
                    return JsonNodeFactory.instance.numberNode(new BigDecimal(value.asString().trim()));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw ApiException.invalidPayload("Property 'parameters.coin." + property + "' should be a number");
        }
    }

    record Product(String id, String skuId) {
    }

    RewardParameters withCoin(Coin checked) {
        return new RewardParameters(campaign, checked, product);
    }

    RewardParameters withCampaign(Campaign known) {
        return new RewardParameters(known, coin, product);
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
