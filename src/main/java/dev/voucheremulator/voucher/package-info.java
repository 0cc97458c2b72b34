/**
 * Vouchers: their codes, their redemption and publication counters, their reads. It exposes the
 * queries ({@link VoucherService}), issuing ({@link VoucherIssueService}), the counters concurrent
 * requests race for ({@link VoucherCounterService}) and deletion ({@link VoucherUpdateService}).
 */
@ApplicationModule(displayName = "Vouchers")
package dev.voucheremulator.voucher;

import org.springframework.modulith.ApplicationModule;
