package dev.voucheremulator.loyalty;

/**
 * {@code LoyaltiesMembersBalanceUpdateResponseBody}, also a transaction's {@code details.balance}:
 * {@code total} is every point the card received, {@code balance} what it can spend now.
 */
record BalanceResponse(long points, long total, long balance, String type, String object,
                       RelatedObject relatedObject, String operationType) {

    record RelatedObject(String type, String id) {
    }
}
