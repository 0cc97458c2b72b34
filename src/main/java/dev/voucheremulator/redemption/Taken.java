package dev.voucheremulator.redemption;

import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.validation.Candidate;
import dev.voucheremulator.validation.Stack;
import dev.voucheremulator.voucher.VoucherResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a redemption did to its redeemables: each one's redemption id (chosen before a loyalty card
 * pays, so the points name it) and every voucher as the redemption left it.
 */
final class Taken {

    private final List<String> ids;
    private final Map<Candidate, VoucherResponse> vouchers = new HashMap<>();

    Taken(Stack stack) {
        this.ids = stack.candidates().stream().map(c -> ResourceIds.redemption()).toList();
    }

    String id(Candidate c) {
        return ids.get(c.index());
    }

    VoucherResponse voucher(Candidate c) {
        return vouchers.getOrDefault(c, c.voucher());
    }

    void voucher(Candidate c, VoucherResponse now) {
        vouchers.put(c, now);
    }
}
