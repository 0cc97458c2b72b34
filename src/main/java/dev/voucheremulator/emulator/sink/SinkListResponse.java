package dev.voucheremulator.emulator.sink;

import java.util.List;

/** What a sink holds, oldest first; {@code total} is the number held. */
record SinkListResponse(String object, String dataRef, String name, List<CapturedRequest> requests, int total) {
}
