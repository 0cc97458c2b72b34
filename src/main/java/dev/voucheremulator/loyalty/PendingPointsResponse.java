package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.query.ListEnvelope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The spec's {@code LoyaltyPendingPoints}. */
record PendingPointsResponse(String id,
                             String voucherId,
                             String campaignId,
                             String customerId,
                             String orderId,
                             long points,
                             LocalDate activatesAt,
                             Details details,
                             Instant createdAt,
                             Instant updatedAt) {

    /** {@code LoyaltyPendingPointsDetails}: the earning rule and the order that earned the points. */
    record Details(Map<String, Object> earningRule, Map<String, Object> order) {
    }

    static PendingPointsResponse from(PendingPointsEntry p) {
        Map<String, Object> rule = p.earningRuleId() == null ? null : Map.of("id", p.earningRuleId(),
                "source", Map.of("banner", String.valueOf(p.details().getOrDefault("banner", ""))));
        Map<String, Object> order = p.orderId() == null ? null : Map.of("id", p.orderId());
        return new PendingPointsResponse(p.id(), p.voucherId(), p.campaignId(), p.customerId(), p.orderId(),
                p.points(), p.activatesOn(), new Details(rule, order), p.createdAt(), p.updatedAt());
    }

    /** {@code LoyaltiesPendingPointsListResponseBody} and the member variants. */
    static ListEnvelope<PendingPointsResponse> list(List<PendingPointsResponse> data, boolean hasMore) {
        return ListEnvelope.cursor(data, null, hasMore, hasMore ? data.get(data.size() - 1).id() : null);
    }
}
