package dev.voucheremulator.loyalty;

/** {@code LoyaltiesMembersPendingPointsBalanceRequestBody}: points to add (or, negative, to take). */
record PendingBalanceRequest(Long points) {
}
