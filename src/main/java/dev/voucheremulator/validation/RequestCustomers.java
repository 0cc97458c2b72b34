package dev.voucheremulator.validation;

import dev.voucheremulator.customer.CustomerRef;
import dev.voucheremulator.customer.CustomerResponse;
import dev.voucheremulator.customer.CustomerService;
import dev.voucheremulator.validation.StackableRequest.CustomerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The customer a validation or redemption names: found by id, or by source_id and created on first
 * use (see {@link CustomerService#resolve}).
 */
@Component
public class RequestCustomers {

    private final CustomerService customers;

    RequestCustomers(CustomerService customers) {
        this.customers = customers;
    }

    /** The customer, or null when the request names none (no id and no source_id). */
    public CustomerSnapshot resolve(String projectId, CustomerRequest customer) {
        if (customer == null || (!hasText(customer.id()) && !hasText(customer.sourceId()))) {
            return null;
        }
        CustomerResponse resolved = customers.resolve(projectId, new CustomerRef(customer.id(), customer.sourceId(),
                customer.name(), customer.email(), customer.phone(), customer.metadata()));
        return new CustomerSnapshot(resolved.id(), resolved.name(), resolved.email(), resolved.sourceId(),
                resolved.metadata() == null ? Map.of() : resolved.metadata(), "customer");
    }

    /** The request's tracking_id, else Voucherify's kind: a hash of the customer's source_id. */
    public static String trackingId(String requested, CustomerSnapshot customer) {
        if (hasText(requested)) {
            return requested;
        }
        if (customer == null || !hasText(customer.sourceId())) {
            return null;
        }
        byte[] hash = sha256(customer.sourceId());
        byte[] head = new byte[16];
        System.arraycopy(hash, 0, head, 0, head.length);
        return "track_" + Base64.getEncoder().encodeToString(head);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
