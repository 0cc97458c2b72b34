package dev.voucheremulator.emulator.journal;

import java.time.Instant;

/**
 * What to look for in a project's journal; every field is optional and they combine with AND.
 * {@code path} is a glob ({@code *} within a segment, {@code **} across segments).
 */
record JournalCriteria(String method, String path, String operationId, Integer status, Instant since,
                       Instant until, Boolean unmatched) {

    static JournalCriteria unmatchedOnly() {
        return new JournalCriteria(null, null, null, null, null, null, true);
    }
}
