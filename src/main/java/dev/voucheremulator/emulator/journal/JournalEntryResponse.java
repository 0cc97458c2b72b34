package dev.voucheremulator.emulator.journal;

import java.time.Instant;

/**
 * One journaled call. {@code id} is the call's {@code request_id} (the one in its error body, else one
 * the journal gave it); bodies are JSON when they parse, else text, cut at the configured size.
 */
record JournalEntryResponse(String id, String object, Instant at, String method, String path, String query,
                            String operationId, int status, Object requestBody, Object responseBody, int durationMs,
                            boolean unmatched, boolean notImplemented, String injected) {
}
