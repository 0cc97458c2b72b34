package dev.voucheremulator.voucher;

import dev.voucheremulator.api.query.ListEnvelope;

/**
 * A loyalty card's points as the loyalty feature keeps them (expiry buckets, transactions, the
 * program's summary). The voucher endpoints reach them through this port, which loyalty implements.
 */
public interface LoyaltyCardLedger {

    /** Adds ({@code points > 0}) or removes points by hand; refuses to remove more than the balance. */
    PointsChange change(String projectId, String cardId, long points, String reason, String sourceId);

    /** A page of the card's transactions; {@code order} is {@code id} or {@code -id} (default). */
    ListEnvelope<VoucherTransactionResponse> transactions(String projectId, String cardId, int limit, String order,
                                                          String startingAfterId);

    /** Every point the card received ({@code total}) and what it can spend now. */
    record PointsChange(long total, long balance) {
    }
}
