package dev.voucheremulator.redemption;

import dev.voucheremulator.pricing.OrderCalculated;
import java.util.List;

/** Voucherify's {@code RedemptionsRollbacksCreateResponseBody}; {@code parent_rollback} only for a stacked redemption. */
record RollbacksResponse(List<RollbackResponse> rollbacks, RollbackResponse parentRollback, OrderCalculated order) {
}
