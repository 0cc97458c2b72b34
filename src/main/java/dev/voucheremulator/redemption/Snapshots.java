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
        // Through text, as the jsonb column gives it back: valueToTree keeps a Long as a LongNode where
        // the database read yields an IntNode, and Hibernate's dirty check would then see a change and
        // update every new redemption right after inserting it.
        return value == null ? null : json.readTree(json.writeValueAsString(value));
    }
}
