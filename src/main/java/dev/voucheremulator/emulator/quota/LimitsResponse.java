package dev.voucheremulator.emulator.quota;

import java.time.Instant;
import java.util.List;

/** The limits of a project with what the current window of each has used. */
record LimitsResponse(String object, List<Usage> apiCalls, List<Usage> bulkApiCalls) {

    record Usage(int value, String duration, int used, int remaining, Instant resetsAt) {
    }
}
