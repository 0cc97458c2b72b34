package dev.voucheremulator.customer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The spec's {@code CustomerActivity}: the event's data, with where it came from in {@code event_source}. */
public record ActivityResponse(String id, String type, Map<String, Object> data, Instant createdAt, String groupId) {

    static ActivityResponse from(CustomerActivity a) {
        Map<String, Object> data = new LinkedHashMap<>(a.data());
        data.put("event_source", Map.of("channel", "API"));
        return new ActivityResponse(a.id(), a.type(), data, a.createdAt(), null);
    }
}
