package dev.voucheremulator.asyncaction;

import java.time.Instant;
import java.util.Map;

/** The spec's {@code AsyncAction}: what a client polls for after a 202. */
record AsyncActionResponse(String id, String type, String status, String operationStatus, Map<String, Object> result,
                           Instant createdAt, Instant updatedAt, Integer requestId, Integer processingTime,
                           Integer progress, String object) {

    static AsyncActionResponse from(AsyncAction a) {
        return new AsyncActionResponse(a.id(), a.type(), a.status(), a.operationStatus(), a.result(), a.createdAt(),
                a.updatedAt(), null, 0, 100, "async_action");
    }
}
