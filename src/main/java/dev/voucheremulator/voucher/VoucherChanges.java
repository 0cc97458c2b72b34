package dev.voucheremulator.voucher;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An {@link UpdateVoucherRequest} and the properties it sent, null or not. */
record VoucherChanges(Set<String> sent, UpdateVoucherRequest values) {

    /**
     * Binds the body; {@code JacksonException} (a wrong type) is left to the caller, which reports it
     * like any unreadable body.
     */
    static VoucherChanges read(JsonMapper mapper, JsonNode body) throws JacksonException {
        Set<String> sent = new HashSet<>(body.propertyNames());
        return new VoucherChanges(Set.copyOf(sent), mapper.treeToValue(body, UpdateVoucherRequest.class));
    }

    boolean has(String property) {
        return sent.contains(property);
    }
}
