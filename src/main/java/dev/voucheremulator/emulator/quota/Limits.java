package dev.voucheremulator.emulator.quota;

import java.util.List;

/**
 * A project's rate limits in the shape of the Management API's project {@code limits}: each entry
 * allows {@code value} calls per {@code duration} (ISO-8601, e.g. {@code PT1M}).
 */
record Limits(List<Limit> apiCalls, List<Limit> bulkApiCalls) {

    record Limit(Integer value, String duration) {
    }
}
