package dev.voucheremulator.redemption;

import dev.voucheremulator.api.error.ApiException;

/**
 * A redemption's answer. A refused redemption is stored and counted, so the service commits and
 * hands the error back instead of throwing it (which would roll the record back).
 */
record RedeemOutcome<T>(T response, ApiException failure) {

    static <T> RedeemOutcome<T> success(T response) {
        return new RedeemOutcome<>(response, null);
    }

    static <T> RedeemOutcome<T> refused(ApiException failure) {
        return new RedeemOutcome<>(null, failure);
    }

    T orThrow() {
        if (failure != null) {
            throw failure;
        }
        return response;
    }
}
