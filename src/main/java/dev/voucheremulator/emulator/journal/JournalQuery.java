package dev.voucheremulator.emulator.journal;

import java.time.Instant;

/** The body of {@code requests/find} and {@code requests/count}: criteria as in the list's query. */
record JournalQuery(String method, String path, String operationId, Integer status, Instant since, Instant until,
                    Boolean unmatched, Integer limit) {

    JournalCriteria criteria() {
        return new JournalCriteria(method, path, operationId, status, since, until, unmatched);
    }
}
