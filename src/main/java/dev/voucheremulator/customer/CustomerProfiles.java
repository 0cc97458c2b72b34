package dev.voucheremulator.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers as pages of the dashboard read them: the same answers and activity the API gives, in
 * numbered pages with totals rather than the API's cursors.
 */
@Service
@Transactional(readOnly = true)
public class CustomerProfiles {

    private final CustomerApiService customers;
    private final CustomerRepository repository;
    private final CustomerActivityRepository activities;
    private final CustomerStandingsReader standings;

    CustomerProfiles(CustomerApiService customers, CustomerRepository repository,
                     CustomerActivityRepository activities, CustomerStandingsReader standings) {
        this.customers = customers;
        this.repository = repository;
        this.activities = activities;
        this.standings = standings;
    }

    /** What GET /v1/customers/{id} answers: by id or source_id, a 404 {@code ApiException} when unknown. */
    public CustomerWithSummary get(String projectId, String idOrSourceId) {
        return customers.get(projectId, idOrSourceId);
    }

    /** Live customers, newest first; {@code text} (optional) is a part of the name, email or source_id. */
    public Page<CustomerWithSummary> search(String projectId, String text, int page, int size) {
        List<Specification<Customer>> all = new ArrayList<>();
        all.add((root, q, cb) -> cb.and(cb.equal(root.get(Customer_.projectId), projectId),
                cb.isNull(root.get(Customer_.deletedAt))));
        if (text != null && !text.isBlank()) {
            String like = "%" + text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            all.add((root, q, cb) -> cb.or(
                    cb.like(cb.lower(root.get(Customer_.name)), like, '\\'),
                    cb.like(cb.lower(root.get(Customer_.email)), like, '\\'),
                    cb.like(cb.lower(root.get(Customer_.sourceId)), like, '\\')));
        }
        Page<Customer> found = repository.findAll(Specification.allOf(all), PageRequest.of(page - 1, size,
                Sort.by(Sort.Order.desc(Customer_.CREATED_AT), Sort.Order.desc(Customer_.ID))));
        return new PageImpl<>(customers.answers(projectId, found.getContent()), found.getPageable(),
                found.getTotalElements());
    }

    /** The loyalty cards behind the customer's {@code loyalty} figures. */
    public List<CustomerStandings.Card> cards(String projectId, String customerId) {
        CustomerStandingsReader.Standing standing = standings.of(projectId, List.of(customerId)).get(customerId);
        return standing == null ? List.of() : standing.cards();
    }

    /**
     * The customer's activity, newest first, as GET /v1/customers/{id}/activity lists it, narrowed to a
     * campaign and to {@code [from, to]} (each optional, both inclusive).
     */
    public Page<ActivityEntry> activity(String projectId, String customerId, String campaignId, Instant from,
                                           Instant to, int page, int size) {
        String id = customers.live(projectId, customerId).id();
        List<Specification<CustomerActivity>> all = new ArrayList<>();
        all.add((root, q, cb) -> cb.equal(root.get(CustomerActivity_.customerId), id));
        if (campaignId != null) {
            all.add((root, q, cb) -> cb.equal(root.get(CustomerActivity_.campaignId), campaignId));
        }
        if (from != null) {
            all.add((root, q, cb) -> cb.greaterThanOrEqualTo(root.get(CustomerActivity_.createdAt), from));
        }
        if (to != null) {
            all.add((root, q, cb) -> cb.lessThanOrEqualTo(root.get(CustomerActivity_.createdAt), to));
        }
        return activities.findAll(Specification.allOf(all), PageRequest.of(page - 1, size,
                Sort.by(Sort.Direction.DESC, CustomerActivity_.SEQ)))
                .map(a -> new ActivityEntry(ActivityResponse.from(a), a.campaignId(), a.campaignType()));
    }

    /** An event as the API lists it, with the campaign it is filed under (null: none). */
    public record ActivityEntry(ActivityResponse event, String campaignId, String campaignType) {
    }

    /** The campaigns the customer's activity names, for the activity filter. */
    public List<String> activityCampaignIds(String projectId, String customerId) {
        return activities.findCampaignIds(customers.live(projectId, customerId).id());
    }
}
