package dev.voucheremulator.redemption;

import dev.voucheremulator.redemption.StackableRequest.CustomerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The customer a validation or redemption names. Kept behind this one class: until the customer
 * feature is part of the build, a customer is described by the request alone, with an id derived
 * from its source_id so the same source_id always gets the same cust_ id.
 */
@Component
class RedemptionCustomers {

    private static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** The customer, or null when the request names none (no id and no source_id). */
    CustomerSnapshot resolve(String projectId, CustomerRequest customer) {
        if (customer == null || (!hasText(customer.id()) && !hasText(customer.sourceId()))) {
            return null;
        }
        String id = hasText(customer.id()) ? customer.id() : "cust_" + derived(projectId + "\n" + customer.sourceId());
        return new CustomerSnapshot(id, customer.name(), customer.email(), customer.sourceId(),
                customer.metadata() == null ? Map.of() : customer.metadata(), "customer");
    }

    /** The request's tracking_id, else Voucherify's kind: a hash of the customer's source_id. */
    static String trackingId(String requested, CustomerSnapshot customer) {
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

    private static String derived(String seed) {
        byte[] hash = sha256(seed);
        StringBuilder id = new StringBuilder(24);
        for (int i = 0; i < 24; i++) {
            id.append(BASE62.charAt((hash[i] & 0xff) % BASE62.length()));
        }
        return id.toString();
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
