package dev.voucheremulator.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Map;

/** The spec's {@code EventsCreateResponseBody}: referral and loyalty are always null. */
record EventResponse(String object, String type, EventCustomer customer,
                     @JsonInclude(Include.ALWAYS) Map<String, Object> referral,
                     @JsonInclude(Include.ALWAYS) Map<String, Object> loyalty,
                     Map<String, Object> metadata) {

    /** {@code SimpleCustomerRequiredObjectType}; metadata is null when the customer has none. */
    record EventCustomer(String id, String sourceId, String name, String email, Map<String, Object> metadata,
                         String object) {

        static EventCustomer from(CustomerResponse c) {
            return new EventCustomer(c.id(), c.sourceId(), c.name(), c.email(),
                    c.metadata() == null || c.metadata().isEmpty() ? null : c.metadata(), "customer");
        }
    }
}
