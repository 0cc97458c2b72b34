package dev.voucheremulator.redemption;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A voucher or promotion tier as a redemption keeps it: its JSON at the time, echoed as it was
 * even when the voucher changes or disappears later. A tree, not a map, so the nulls the resource
 * writes on purpose ({@code "campaign": null}) survive the jsonb round trip.
 */
@Component
class Snapshots {

    private final JsonMapper json;

    Snapshots(JsonMapper json) {
        this.json = json;
    }

    JsonNode of(Object value) {
        return value == null ? null : json.valueToTree(value);
    }
}
