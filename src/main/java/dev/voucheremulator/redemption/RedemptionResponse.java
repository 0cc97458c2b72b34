package dev.voucheremulator.redemption;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.pricing.OrderCalculated;
import dev.voucheremulator.validation.CustomerSnapshot;
import dev.voucheremulator.validation.RewardResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Voucherify's {@code Redemption}. {@code customer_id}, {@code tracking_id} and {@code order} are
 * written also when null, as in the spec's examples.
 */
record RedemptionResponse(String id,
                          String object,
                          Instant date,
                          @JsonInclude(Include.ALWAYS) String customerId,
                          @JsonInclude(Include.ALWAYS) String trackingId,
                          Map<String, Object> metadata,
                          Long amount,
                          String redemption,
                          Redemption.Result result,
                          Redemption.Status status,
                          SessionKey session,
                          RelatedRedemptions relatedRedemptions,
                          String failureCode,
                          String failureMessage,
                          @JsonInclude(Include.ALWAYS) OrderCalculated order,
                          Channel channel,
                          @JsonInclude(Include.ALWAYS) CustomerSnapshot customer,
                          String relatedObjectType,
                          String relatedObjectId,
                          JsonNode voucher,
                          JsonNode promotionTier,
                          RewardResult reward,
                          GiftAmount gift,
                          LoyaltyPoints loyaltyCard) implements RedemptionEntry {

    record SessionKey(String key) {
    }

    record RelatedRedemptions(List<Related> rollbacks, List<Related> redemptions) {
    }

    record Related(String id, Instant date) {
    }

    /** API keys are the only channel the emulator has; the app id names it. */
    record Channel(String channelId, String channelType) {

        static Channel api(String projectId) {
            return new Channel(projectId, "API");
        }
    }

    record GiftAmount(Long amount) {
    }

    /** {@code loyalty_card}: the points a reward took (negative when a rollback returns them). */
    record LoyaltyPoints(Long points) {

        static LoyaltyPoints of(Redemption r) {
            return r.loyaltyPoints() == null ? null : new LoyaltyPoints(r.loyaltyPoints());
        }
    }

    /** {@code amount}: gift credits, or the loyalty points a reward took. */
    static Long amount(Redemption r) {
        return r.giftAmount() != null ? r.giftAmount() : r.loyaltyPoints();
    }

    static RedemptionResponse from(Redemption r) {
        RelatedRedemptions related = r.rollbackId() == null ? null
                : new RelatedRedemptions(List.of(new Related(r.rollbackId(), r.rolledBackAt())), List.of());
        return new RedemptionResponse(r.id(), "redemption", r.createdAt(), r.customerId(), r.trackingId(),
                r.metadata(), amount(r), r.parentId(), r.result(), r.status(),
                r.session() == null || r.session().key() == null ? null : new SessionKey(r.session().key()),
                related, r.failureCode(), r.failureMessage(), r.orderData(), Channel.api(r.projectId()),
                r.customer(), r.relatedObjectType(), r.relatedObjectId(), r.voucher(), r.promotionTier(),
                RewardResult.of(r.rewardId(), r.rewardName()),
                r.giftAmount() == null ? null : new GiftAmount(r.giftAmount()), LoyaltyPoints.of(r));
    }
}
