package dev.voucheremulator.loyalty;

/** {@code LoyaltiesMembersPendingPointsBalanceResponseBody}: the change, and the entry's points after it. */
record PendingBalanceResponse(long points, long total, String object, BalanceResponse.RelatedObject relatedObject,
                              String operationType) {
}
