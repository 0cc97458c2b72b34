package dev.voucheremulator.voucher;

/** {@code VouchersBalanceUpdateRequestBody}: {@code amount} is credits (cents) or points, negative to remove. */
record VoucherBalanceUpdateRequest(Long amount, String sourceId, String reason) {
}
