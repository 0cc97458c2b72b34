package dev.voucheremulator.loyalty;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.customer.CustomerRef;
import java.util.Map;

/**
 * {@code LoyaltiesMembersCreateRequestBody}: the customer (an object, or as in the official examples a
 * plain {@code cust_} id or source id) and optionally the card code to give them.
 */
record AddMemberRequest(Object customer, String voucher, String sourceId, Map<String, Object> metadata,
                        String channel) {

    CustomerRef customerRef() {
        if (customer instanceof String value && !value.isBlank()) {
            return value.startsWith("cust_") ? new CustomerRef(value, null, null, null, null, null)
                    : new CustomerRef(null, value, null, null, null, null);
        }
        if (customer instanceof Map<?, ?> map) {
            CustomerRef ref = new CustomerRef(text(map.get("id")), text(map.get("source_id")), text(map.get("name")),
                    text(map.get("email")), text(map.get("phone")), null);
            if (ref.identified()) {
                return ref;
            }
        }
        throw ApiException.invalidPayload("Payload should have required property 'customer' with an id or source_id");
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
