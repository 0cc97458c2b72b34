package dev.voucheremulator.redemption;

import java.time.Instant;

/**
 * A redemption or rollback of one campaign as a table row shows it (the dashboard's redemptions
 * tab). Amounts are in cents; {@code failureCode}/{@code failureMessage} say why a FAILURE failed.
 */
public record RedemptionRow(String id, String object, Instant createdAt, String voucherCode, String result,
                            String status, String failureCode, String failureMessage, String reason,
                            String customerId, Long orderAmount, long discountAmount) {

    static RedemptionRow from(Redemption r) {
        return new RedemptionRow(r.id(), r.object(), r.createdAt(), r.voucherCode(), r.result().name(),
                r.status() == null ? null : r.status().name(), r.failureCode(), r.failureMessage(), r.reason(),
                r.customerId(), r.orderAmount(), r.discountAmount());
    }
}
