package dev.voucheremulator.validation;

import dev.voucheremulator.api.error.ErrorBody;
import dev.voucheremulator.api.ids.ResourceIds;

/**
 * Why a redeemable cannot be validated or redeemed: Voucherify's error key and texts. A failed
 * redemption stores {@link #failureCode()}; a validation shows the error in the redeemable's result.
 */
public record Failure(int status, String key, String message, String details, String resourceId, String resourceType) {

    public static Failure of(String key, String message, String details, String resourceId, String resourceType) {
        return new Failure(400, key, message, details, resourceId, resourceType);
    }

    public static Failure notFound(String resourceType, String id) {
        return new Failure(404, "not_found", "Resource not found",
                "Cannot find " + resourceType + " with id " + id, id, resourceType);
    }

    /** The key a stored failed redemption carries: the list-redemptions docs name an unknown code resource_not_found. */
    public String failureCode() {
        return "not_found".equals(key) ? "resource_not_found" : key;
    }

    public boolean notFound() {
        return status == 404;
    }

    public ErrorBody asError() {
        return new ErrorBody(status, key, message, details, ResourceIds.request(), resourceId, resourceType);
    }
}
