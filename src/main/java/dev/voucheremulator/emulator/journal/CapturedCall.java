package dev.voucheremulator.emulator.journal;

import java.time.Instant;

/** One call as the filter saw it, waiting in the queue for the writer thread. */
record CapturedCall(String projectId, Instant at, String method, String path, String query, String operationId,
                    int status, byte[] requestBody, byte[] responseBody, int durationMs, boolean unmatched,
                    boolean notImplemented, String injected) {
}
