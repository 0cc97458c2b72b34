package dev.voucheremulator.redemption;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
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
                          GiftAmount gift) implements RedemptionEntry {

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

    static RedemptionResponse from(Redemption r) {
        RelatedRedemptions related = r.rollbackId() == null ? null
                : new RelatedRedemptions(List.of(new Related(r.rollbackId(), r.rolledBackAt())), List.of());
        return new RedemptionResponse(r.id(), "redemption", r.createdAt(), r.customerId(), r.trackingId(),
                r.metadata(), r.giftAmount(), r.parentId(), r.result(), r.status(),
                r.session() == null || r.session().key() == null ? null : new SessionKey(r.session().key()),
                related, r.failureCode(), r.failureMessage(), r.orderData(), Channel.api(r.projectId()),
                r.customer(), r.relatedObjectType(), r.relatedObjectId(), r.voucher(), r.promotionTier(),
                r.giftAmount() == null ? null : new GiftAmount(r.giftAmount()));
    }
}
