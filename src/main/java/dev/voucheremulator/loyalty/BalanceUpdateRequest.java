package dev.voucheremulator.loyalty;

/** {@code LoyaltiesMembersBalanceUpdateRequestBody}. */
record BalanceUpdateRequest(Long points, ExpirationType expirationType, String expirationDate, String reason,
                            String sourceId) {

    enum ExpirationType { PROGRAM_RULES, CUSTOM_DATE, NON_EXPIRING }
}
