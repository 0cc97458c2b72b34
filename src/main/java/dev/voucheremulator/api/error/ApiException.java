package dev.voucheremulator.api.error;

import org.springframework.http.HttpStatus;

/**
 * A client-visible failure carrying Voucherify's error {@code key}. Thrown anywhere below the
 * controllers; {@link ApiErrorAdvice} renders it.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final String details;
    private final String resourceId;
    private final String resourceType;

    public ApiException(HttpStatus status, String key, String message, String details,
                        String resourceId, String resourceType) {
        super(message);
        this.status = status;
        this.key = key;
        this.details = details;
        this.resourceId = resourceId;
        this.resourceType = resourceType;
    }

    public static ApiException notFound(String resourceType, String resourceId) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", "Resource not found",
                "Cannot find " + resourceType + " with id " + resourceId, resourceId, resourceType);
    }

    public static ApiException duplicate(String resourceType, String what, String value) {
        return new ApiException(HttpStatus.CONFLICT, "duplicate_found", "Duplicated resource found",
                "Duplicated " + resourceType + " exists with " + what + " " + value, value, resourceType);
    }

    public static ApiException invalidPayload(String details) {
        return badRequest("invalid_payload", "Invalid payload", details);
    }

    public static ApiException invalidQueryParams(String details) {
        return badRequest("invalid_query_params", "Invalid query params", details);
    }

    public static ApiException badRequest(String key, String message, String details) {
        return new ApiException(HttpStatus.BAD_REQUEST, key, message, details, null, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public String details() {
        return details;
    }

    public String resourceId() {
        return resourceId;
    }

    public String resourceType() {
        return resourceType;
    }
}
