package dev.voucheremulator.redemption;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.validation.CustomerSnapshot;
import dev.voucheremulator.validation.RewardResult;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Voucherify's {@code RedemptionRollback}; {@code amount}, {@code gift.amount} and {@code loyalty_card.points}
 * are negative: credits or points returned.
 */
record RollbackResponse(String id,
                        String object,
                        Instant date,
                        @JsonInclude(Include.ALWAYS) String customerId,
                        @JsonInclude(Include.ALWAYS) String trackingId,
                        Map<String, Object> metadata,
                        Long amount,
                        String redemption,
                        String reason,
                        Redemption.Result result,
                        Redemption.Status status,
                        String failureCode,
                        String failureMessage,
                        @JsonInclude(Include.ALWAYS) OrderCalculated order,
                        RedemptionResponse.Channel channel,
                        @JsonInclude(Include.ALWAYS) CustomerSnapshot customer,
                        String relatedObjectType,
                        String relatedObjectId,
                        JsonNode voucher,
                        JsonNode promotionTier,
                        RewardResult reward,
                        RedemptionResponse.GiftAmount gift,
                        RedemptionResponse.LoyaltyPoints loyaltyCard) implements RedemptionEntry {

    static RollbackResponse from(Redemption r) {
        return new RollbackResponse(r.id(), "redemption_rollback", r.createdAt(), r.customerId(), r.trackingId(),
                r.metadata(), RedemptionResponse.amount(r), r.redemptionId(), r.reason(), r.result(), r.status(),
                r.failureCode(), r.failureMessage(), r.orderData(), RedemptionResponse.Channel.api(r.projectId()),
                r.customer(), r.relatedObjectType(), r.relatedObjectId(), r.voucher(), r.promotionTier(),
                RewardResult.of(r.rewardId(), r.rewardName()),
                r.giftAmount() == null ? null : new RedemptionResponse.GiftAmount(r.giftAmount()),
                RedemptionResponse.LoyaltyPoints.of(r));
    }
}
