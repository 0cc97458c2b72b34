package dev.voucheremulator.redemption;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A voucher or promotion tier as a redemption keeps it: its JSON at the time, echoed as it was
 * even when the voucher changes or disappears later.
 */
@Component
class Snapshots {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper json;

    Snapshots(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> of(Object value) {
        return value == null ? null : json.convertValue(value, MAP);
    }
}
