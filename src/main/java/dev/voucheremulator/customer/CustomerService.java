package dev.voucheremulator.customer;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
public class CustomerService {

    private final CustomerRepository repository;
    private final CustomerActivityRepository activities;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CustomerService(CustomerRepository repository, CustomerActivityRepository activities, JsonMapper json,
                    Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.activities = activities;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Adds an event to the customer's activity, in the caller's transaction: the customer's summary
     * figures are summed from these events. A null customer id (a request naming no customer) is ignored.
     */
    @Transactional
    public void record(String projectId, String customerId, Activity activity) {
        if (customerId == null) {
            return;
        }
        activities.save(new CustomerActivity(ResourceIds.customerActivity(), projectId, customerId, activity, now()));
    }

    /**
     * The customer a request names. {@code id} wins (an unknown id is a 404, and the source_id is
     * then ignored, as the spec says); else {@code source_id} finds the customer or creates it on
     * first use. Name, email, phone and metadata sent with the reference replace the stored ones.
     * Neither id nor source_id: 400 {@code invalid_customer}.
     */
    @Transactional
    public CustomerResponse resolve(String projectId, CustomerRef ref) {
        if (ref != null && !ref.identified() && CustomerRef.hasText(ref.email())) {
            return CustomerResponse.from(byEmail(projectId, ref));
        }
        if (ref == null || !ref.identified()) {
            throw ApiException.badRequest("invalid_customer", "Invalid customer",
                    "Customer should have property 'id' or 'source_id'");
        }
        Instant now = now();
        Customer customer;
        if (CustomerRef.hasText(ref.id())) {
            customer = repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, ref.id())
                    .orElseThrow(() -> ApiException.notFound("customer", ref.id()));
        } else {
            String newId = ResourceIds.customer();
            customer = repository.insertOrFind(newId, projectId, ref.sourceId(), ref.name(), ref.email(), ref.phone(),
                            json.writeValueAsString(ref.metadata() == null ? Map.of() : ref.metadata()), now)
                    .or(() -> repository.findByProjectIdAndSourceId(projectId, ref.sourceId()))
                    .orElseThrow();
            if (customer.id().equals(newId)) {
                return CustomerResponse.from(announceCreated(customer));
            }
        }
        customer.update(ref, now);
        return CustomerResponse.from(customer);
    }

    /**
     * {@link #resolve} for a customer named by source_id alone, with one activity event recorded for
     * it, in one statement. Empty in the rare race where a concurrent request created the customer
     * after this statement's snapshot: nothing is written, and the caller resolves and records apart.
     */
    @Transactional
    public Optional<CustomerResponse> resolveRecording(String projectId, CustomerRef ref, Activity activity) {
        if (ref == null || CustomerRef.hasText(ref.id()) || !CustomerRef.hasText(ref.sourceId())) {
            throw new IllegalArgumentException("a customer named by source_id alone");
        }
        Instant now = now();
        String newId = ResourceIds.customer();
        Optional<Customer> found = repository.insertOrFindRecording(newId, projectId, ref.sourceId(), ref.name(),
                ref.email(), ref.phone(), json.writeValueAsString(ref.metadata() == null ? Map.of() : ref.metadata()),
                now, ResourceIds.customerActivity(), activity.type(), activity.campaignId(), activity.campaignType(),
                json.writeValueAsString(activity.data() == null ? Map.of() : activity.data()), activity.orderAmount(),
                activity.giftAmount(), activity.points());
        found.filter(customer -> !customer.id().equals(newId)).ifPresent(customer -> customer.update(ref, now));
        found.filter(customer -> customer.id().equals(newId)).ifPresent(this::announceCreated);
        return found.map(CustomerResponse::from);
    }

    // Only an email: the oldest customer with that email, or a new customer without a source_id.
    private Customer byEmail(String projectId, CustomerRef ref) {
        Instant now = now();
        return repository.findFirstByProjectIdAndEmailAndDeletedAtIsNullOrderByCreatedAtAsc(projectId, ref.email())
                .map(c -> {
                    c.update(ref, now);
                    return c;
                })
                .orElseGet(() -> announceCreated(repository.save(Customer.create(ResourceIds.customer(), projectId,
                        Customer.request(ref), now))));
    }

    /** {@link CustomerCreated} for listeners, in the transaction that created {@code customer}. */
    Customer announceCreated(Customer customer) {
        events.publishEvent(new CustomerCreated(customer.projectId(), customer.id(),
                () -> CustomerResponse.from(customer)));
        return customer;
    }

    public Map<String, CustomerResponse> byIds(String projectId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findByProjectIdAndIdIn(projectId, ids).stream()
                .collect(Collectors.toMap(Customer::id, CustomerResponse::from));
    }

    public Optional<CustomerResponse> find(String projectId, String id) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, id).map(CustomerResponse::from);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
