package dev.voucheremulator.emulator.sink;

import java.time.Instant;
import java.util.Map;

/**
 * One request a sink received: header names in lower case (repeated headers joined by ", "), the body
 * as JSON when it parses, else as a string (null when empty), {@code raw_body} the exact text received
 * (what {@code x-voucherify-signature} signs), and the query string it came with.
 */
record CapturedRequest(long sequence, Instant receivedAt, String method, String query, Map<String, String> headers,
                       Object body, String rawBody) {
}
