package dev.voucheremulator.redemption;

import java.util.List;

/** {@code RedemptionsListResponseBody}: redemptions and rollbacks, newest first; {@code total} counts every match. */
record RedemptionListResponse(String object, String dataRef, List<RedemptionEntry> redemptions, long total) {

    static RedemptionListResponse of(List<RedemptionEntry> redemptions, long total) {
        return new RedemptionListResponse("list", "redemptions", redemptions, total);
    }
}
