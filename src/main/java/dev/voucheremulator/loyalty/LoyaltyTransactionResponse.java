package dev.voucheremulator.loyalty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.voucheremulator.api.query.ListEnvelope;
import java.time.Instant;
import java.util.List;

/** The spec's {@code LoyaltyCardTransaction}; nullable fields the examples show as null are always written. */
record LoyaltyTransactionResponse(String id,
                                  @JsonInclude(Include.ALWAYS) String sourceId,
                                  String voucherId,
                                  String campaignId,
                                  @JsonInclude(Include.ALWAYS) String source,
                                  @JsonInclude(Include.ALWAYS) String reason,
                                  String type,
                                  Details details,
                                  @JsonInclude(Include.ALWAYS) String relatedTransactionId,
                                  Instant createdAt) {

    record Details(BalanceResponse balance, Ref order, Ref earningRule, Ref redemption, Ref rollback,
                   NamedRef reward, Object sourceVoucher, Object destinationVoucher, Object pendingPoints) {
    }

    record Ref(String id) {
    }

    record NamedRef(String id, String name) {
    }

    static LoyaltyTransactionResponse from(LoyaltyTransaction t) {
        return new LoyaltyTransactionResponse(t.id(), t.sourceId(), t.voucherId(), t.campaignId(), t.source(),
                t.reason(), t.type(),
                new Details(new BalanceResponse(t.points(), t.total(), t.balance(), "loyalty_card", "balance",
                        new BalanceResponse.RelatedObject("voucher", t.voucherId()), t.operationType()),
                        t.orderId() == null ? null : new Ref(t.orderId()),
                        t.earningRuleId() == null ? null : new Ref(t.earningRuleId()),
                        t.redemptionId() == null ? null : new Ref(t.redemptionId()),
                        t.rollbackId() == null ? null : new Ref(t.rollbackId()),
                        t.rewardId() == null ? null : new NamedRef(t.rewardId(), t.rewardName()),
                        t.details().get("source_voucher"), t.details().get("destination_voucher"),
                        t.details().get("pending_points")),
                t.relatedTransactionId(), t.createdAt());
    }

    /** {@code LoyaltiesMembersTransactionsListResponseBody} / {@code LoyaltiesTransactionsListResponseBody}. */
    static ListEnvelope<LoyaltyTransactionResponse> list(List<LoyaltyTransactionResponse> data, boolean hasMore) {
        return ListEnvelope.cursor(data, null, hasMore, hasMore ? data.get(data.size() - 1).id() : null);
    }
}
