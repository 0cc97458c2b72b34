package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.voucher.LoyaltyCardLedger;
import dev.voucheremulator.voucher.VoucherTransactionResponse;
import org.springframework.stereotype.Component;

/** The voucher endpoints' view of a loyalty card's points: the member balance and transactions, as they are. */
@Component
class LoyaltyCardPoints implements LoyaltyCardLedger {

    private final LoyaltyMemberService members;

    LoyaltyCardPoints(LoyaltyMemberService members) {
        this.members = members;
    }

    @Override
    public PointsChange change(String projectId, String cardId, long points, String reason, String sourceId) {
        BalanceResponse after = members.updateBalance(projectId, null, cardId,
                new BalanceUpdateRequest(points, null, null, reason, sourceId));
        return new PointsChange(after.total(), after.balance());
    }

    @Override
    public ListEnvelope<VoucherTransactionResponse> transactions(String projectId, String cardId, int limit,
                                                                 String order, String startingAfterId) {
        ListEnvelope<LoyaltyTransactionResponse> page = members.transactions(projectId, null, cardId, limit, order,
                startingAfterId, Filters.NONE);
        return ListEnvelope.cursor(page.data().stream().map(LoyaltyCardPoints::asVoucherTransaction).toList(),
                null, Boolean.TRUE.equals(page.hasMore()), page.moreStartingAfter());
    }

    private static VoucherTransactionResponse asVoucherTransaction(LoyaltyTransactionResponse t) {
        LoyaltyTransactionResponse.Details d = t.details();
        BalanceResponse b = d.balance();
        return new VoucherTransactionResponse(t.id(), t.sourceId(), t.voucherId(), t.campaignId(), t.source(),
                t.reason(), t.type(),
                new VoucherTransactionResponse.Details(
                        VoucherTransactionResponse.Balance.of(b.type(), null, b.points(), b.total(), b.balance(),
                                b.operationType(), t.voucherId()),
                        d.order() == null ? null : new VoucherTransactionResponse.Order(d.order().id(), null),
                        d.earningRule() == null ? null : new VoucherTransactionResponse.Ref(d.earningRule().id()),
                        d.redemption() == null ? null : new VoucherTransactionResponse.Ref(d.redemption().id()),
                        d.rollback() == null ? null : new VoucherTransactionResponse.Ref(d.rollback().id()),
                        d.reward() == null ? null
                                : new VoucherTransactionResponse.NamedRef(d.reward().id(), d.reward().name())),
                t.relatedTransactionId(), t.createdAt());
    }
}
