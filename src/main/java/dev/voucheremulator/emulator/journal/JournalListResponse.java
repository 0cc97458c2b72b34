package dev.voucheremulator.emulator.journal;

import java.util.List;

/** Journaled calls, newest first; {@code total} counts every call matching, not only those listed. */
record JournalListResponse(String object, String dataRef, List<JournalEntryResponse> requests, long total) {
}
