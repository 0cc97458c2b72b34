package dev.voucheremulator.asyncaction;

import java.time.Instant;
import java.util.Map;

/**
 * The spec's {@code AsyncAction}: what a client polls for after a 202. The work is done before the
 * 202 goes out, so {@code progress} is 100 and {@code processing_time} 0. A list carries no
 * {@code result} (the spec's {@code AsyncActionBase}: "a status DONE doesn't include the result").
 */
record AsyncActionResponse(String id, String type, String status, String operationStatus, Map<String, Object> result,
                           Instant createdAt, Instant updatedAt, String requestId, Integer processingTime,
                           Integer progress, String object) {

    static AsyncActionResponse from(AsyncAction a) {
        return new AsyncActionResponse(a.id(), a.type(), a.status(), a.operationStatus(), a.result(), a.createdAt(),
                a.updatedAt(), a.requestId(), 0, 100, "async_action");
    }

    static AsyncActionResponse listed(AsyncAction a) {
        return new AsyncActionResponse(a.id(), a.type(), a.status(), a.operationStatus(), null, a.createdAt(),
                a.updatedAt(), a.requestId(), 0, 100, "async_action");
    }
}
