package dev.voucheremulator.voucher;

import java.util.List;

/** {@code VouchersListResponseBody}: {@code total} counts every match, not just this page. */
public record VoucherListResponse(String object, String dataRef, List<VoucherResponse> vouchers, long total) {

    static VoucherListResponse of(List<VoucherResponse> vouchers, long total) {
        return new VoucherListResponse("list", "vouchers", vouchers, total);
    }
}
