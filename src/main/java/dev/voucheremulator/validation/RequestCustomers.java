package dev.voucheremulator.validation;

import dev.voucheremulator.customer.Activity;
import dev.voucheremulator.customer.CustomerRef;
import dev.voucheremulator.customer.CustomerResponse;
import dev.voucheremulator.customer.CustomerService;
import dev.voucheremulator.validation.StackableRequest.CustomerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
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
        if (customer == null
                || (!hasText(customer.id()) && !hasText(customer.sourceId()) && !hasText(customer.email()))) {
            return null;
        }
        CustomerResponse resolved = customers.resolve(projectId, new CustomerRef(customer.id(), customer.sourceId(),
                customer.name(), customer.email(), customer.phone(), customer.metadata()));
        return new CustomerSnapshot(resolved.id(), resolved.name(), resolved.email(), resolved.sourceId(),
                resolved.metadata() == null ? Map.of() : resolved.metadata(), "customer");
    }

    /**
     * Adds a validation, redemption or rollback to the customer's activity (nothing when the request
     * named no customer). The campaign is the first redeemable's; {@code data} names the request's objects.
     */
    public void record(String projectId, CustomerSnapshot customer, String type, List<Candidate> candidates,
                       Map<String, Object> data, Long orderAmount, Long giftAmount, Long points) {
        if (customer == null) {
            return;
        }
        Candidate first = candidates.isEmpty() ? null : candidates.get(0);
        String campaignId = first == null ? null : first.campaignId();
        String campaignType = first == null || first.campaign() == null || first.campaign().campaignType() == null
                ? null : first.campaign().campaignType().name();
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("customer", Map.of("id", customer.id(), "object", "customer"));
        all.putAll(data);
        all.put("redeemables", candidates.stream()
                .map(c -> Map.of("id", c.id() == null ? "" : c.id(), "object", c.object())).toList());
        customers.record(projectId, customer.id(),
                Activity.of(type, campaignId, campaignType, all).withFigures(orderAmount, giftAmount, points));
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
