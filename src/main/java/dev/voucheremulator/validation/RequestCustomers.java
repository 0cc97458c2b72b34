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
import java.util.Optional;
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
        return snapshot(customers.resolve(projectId, ref(customer)));
    }

    private static CustomerRef ref(CustomerRequest customer) {
        return new CustomerRef(customer.id(), customer.sourceId(), customer.name(), customer.email(),
                customer.phone(), customer.metadata());
    }

    private static CustomerSnapshot snapshot(CustomerResponse resolved) {
        return new CustomerSnapshot(resolved.id(), resolved.name(), resolved.email(), resolved.sourceId(),
                resolved.metadata() == null ? Map.of() : resolved.metadata(), "customer");
    }

    /** The customer the request names, looked up only when something asks for it. */
    public LazyCustomer lazy(String projectId, CustomerRequest customer) {
        return new LazyCustomer(customer, () -> resolve(projectId, customer));
    }

    /**
     * The customer the request names, with the request recorded in its activity (null when it names
     * none). A customer named by source_id alone that no check looked up yet is found or created and
     * its activity written in one statement; otherwise the activity is one insert of its own.
     */
    public CustomerSnapshot settle(String projectId, LazyCustomer customer, String type, List<Candidate> candidates,
                                   Map<String, Object> data, Long orderAmount, Long giftAmount, Long points) {
        CustomerRequest request = customer.request();
        if (!customer.resolved() && request != null && !hasText(request.id()) && hasText(request.sourceId())) {
            Activity activity = activity(null, type, candidates, data, orderAmount, giftAmount, points);
            Optional<CustomerResponse> recorded = customers.resolveRecording(projectId, ref(request), activity);
            if (recorded.isPresent()) {
                CustomerSnapshot snapshot = snapshot(recorded.get());
                customer.settled(snapshot);
                return snapshot;
            }
        }
        CustomerSnapshot snapshot = customer.get();
        record(projectId, snapshot, type, candidates, data, orderAmount, giftAmount, points);
        return snapshot;
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
        customers.record(projectId, customer.id(),
                activity(customer.id(), type, candidates, data, orderAmount, giftAmount, points));
    }

    // customerId null: the statement that finds or creates the customer adds it to the data
    private static Activity activity(String customerId, String type, List<Candidate> candidates,
                                     Map<String, Object> data, Long orderAmount, Long giftAmount, Long points) {
        Candidate first = candidates.isEmpty() ? null : candidates.get(0);
        String campaignId = first == null ? null : first.campaignId();
        String campaignType = first == null || first.campaign() == null || first.campaign().campaignType() == null
                ? null : first.campaign().campaignType().name();
        Map<String, Object> all = new LinkedHashMap<>();
        if (customerId != null) {
            all.put("customer", Map.of("id", customerId, "object", "customer"));
        }
        all.putAll(data);
        all.put("redeemables", candidates.stream()
                .map(c -> Map.of("id", c.id() == null ? "" : c.id(), "object", c.object())).toList());
        return Activity.of(type, campaignId, campaignType, all).withFigures(orderAmount, giftAmount, points);
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
