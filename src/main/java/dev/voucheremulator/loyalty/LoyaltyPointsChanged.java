package dev.voucheremulator.loyalty;

import java.util.function.Supplier;

/**
 * Published in the transaction that changes a loyalty card's points: {@code change} is
 * loyalty.points.added (manual additions and earning rules), .subtracted, .expired or .rolledback
 * (a rollback's refund). {@code transaction} builds the card's transaction as the API lists it, on
 * demand; call it before the transaction ends.
 */
public record LoyaltyPointsChanged(String projectId, String change, String voucherId, String campaignId, long points,
                                   Supplier<Object> transaction) {
}
