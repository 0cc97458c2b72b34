package dev.voucheremulator.customer;

import java.time.Instant;

/** The spec's {@code CustomersPermanentDeletionCreateResponseBody} (its {@code object} is spelled as upstream). */
record PermanentDeletionResponse(String id, Instant createdAt, String relatedObjectId, String relatedObject,
                                 String status, Counts dataJson, String object) {

    record Counts(int events, int customerEvents, int dailyEvents, int segments, int orders, int orderEvents,
                  int customer) {
    }
}
