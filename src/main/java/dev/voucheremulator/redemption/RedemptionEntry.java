package dev.voucheremulator.redemption;

/** What GET /v1/redemptions/{id} and the list return: a redemption or a rollback. */
sealed interface RedemptionEntry permits RedemptionResponse, RollbackResponse {

    static RedemptionEntry from(Redemption r) {
        return r.isRollback() ? RollbackResponse.from(r) : RedemptionResponse.from(r);
    }
}
