package dev.voucheremulator.redemption;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/** {@code VouchersRedemptionGetResponseBody}: a voucher's use counts and its redemption entries. */
record VoucherRedemptionsResponse(@JsonInclude(Include.ALWAYS) Integer quantity,
                                  int redeemedQuantity,
                                  String object,
                                  String url,
                                  String dataRef,
                                  long total,
                                  List<RedemptionEntry> redemptionEntries) {

    static VoucherRedemptionsResponse of(Integer quantity, int redeemedQuantity, String url,
                                         List<RedemptionEntry> entries) {
        return new VoucherRedemptionsResponse(quantity, redeemedQuantity, "list", url, "redemption_entries",
                entries.size(), entries);
    }
}
