package dev.voucheremulator.redemption;

import java.util.function.Supplier;

/**
 * Published in the transaction that stores a redemption or rollback, once per redeemable: {@code type}
 * is redemption.succeeded, redemption.failed, redemption.rollback.succeeded or redemption.rollback.failed.
 * {@code redemption} builds the (original) redemption as GET /v1/redemptions/{id} shows it, and
 * {@code rollback} the rollback (null for a redemption), on demand; call them before the transaction ends.
 */
public record RedemptionRecorded(String projectId, String type, String redemptionId, Supplier<Object> redemption,
                                 Supplier<Object> rollback) {
}
