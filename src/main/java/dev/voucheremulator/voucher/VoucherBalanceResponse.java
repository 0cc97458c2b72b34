package dev.voucheremulator.voucher;

/**
 * {@code VouchersBalanceUpdateResponseBody}. For a loyalty card too the change is in {@code amount}
 * (points), as the real API answers (the official SDK's recording).
 */
record VoucherBalanceResponse(long amount, long total, long balance, String type, String operationType,
                              String object, VoucherTransactionResponse.RelatedObject relatedObject) {

    static VoucherBalanceResponse of(String type, long amount, long total, long balance, String voucherId) {
        return new VoucherBalanceResponse(amount, total, balance, type, "MANUAL", "balance",
                new VoucherTransactionResponse.RelatedObject("voucher", voucherId));
    }
}
