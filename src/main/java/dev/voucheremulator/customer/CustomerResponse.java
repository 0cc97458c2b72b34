package dev.voucheremulator.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Map;

/**
 * Voucherify's {@code SimpleCustomer}, as embedded in publications and redemptions; a customer without
 * metadata shows {@code null}, as upstream does. The OpenAPI names the full customer (with summary,
 * loyalty and referrals) for publications, but the SDK's recordings of the real API show none of those
 * there, so they stay out.
 */
public record CustomerResponse(String id,
                               @JsonInclude(Include.ALWAYS) String name,
                               @JsonInclude(Include.ALWAYS) String email,
                               @JsonInclude(Include.ALWAYS) String sourceId,
                               Map<String, Object> metadata,
                               String object) {

    static CustomerResponse from(Customer c) {
        return new CustomerResponse(c.id(), c.name(), c.email(), c.sourceId(),
                c.metadata() == null || c.metadata().isEmpty() ? null : c.metadata(), "customer");
    }
}
