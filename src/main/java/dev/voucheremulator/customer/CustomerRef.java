package dev.voucheremulator.customer;

import java.util.Map;

/**
 * The {@code customer} object of a validation, redemption or publication request: an existing
 * customer's {@code id}, or a {@code source_id} (the caller's own key) that creates the customer on
 * first use. Other fields of the spec's {@code Customer} are accepted and ignored.
 */
public record CustomerRef(String id, String sourceId, String name, String email, String phone,
                          Map<String, Object> metadata) {

    public boolean identified() {
        return hasText(id) || hasText(sourceId);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
