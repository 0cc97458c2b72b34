package dev.voucheremulator.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Voucherify's error body (schema {@code Error}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int code, String key, String message, String details, String requestId,
                        String resourceId, String resourceType) {
}
