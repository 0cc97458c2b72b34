package dev.voucheremulator.redemption;

import dev.voucheremulator.pricing.OrderRequest;
import dev.voucheremulator.validation.StackableRequest;
import java.util.Map;

/**
 * Body of POST /v1/redemptions/{id}/rollback and /rollbacks ({@code RedemptionsRollbackCreateRequestBody}):
 * a customer or order, when given, must be the redemption's own.
 */
record RollbackRequest(String reason,
                       String trackingId,
                       StackableRequest.CustomerRequest customer,
                       OrderRequest order,
                       Map<String, Object> metadata) {

    static final RollbackRequest EMPTY = new RollbackRequest(null, null, null, null, null);
}
