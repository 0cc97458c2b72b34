package dev.voucheremulator.customer;

import dev.voucheremulator.api.json.Patch;
import dev.voucheremulator.api.schema.ProjectSchemas;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.api.query.QueryString;
import dev.voucheremulator.asyncaction.AsyncActionService;
import dev.voucheremulator.asyncaction.AsyncActionService.Accepted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** What /v1/customers does: create (an upsert by source_id), read, list, update, delete, the bulk updates. */
@Service
@Transactional(readOnly = true)
public class CustomerApiService {

    private final CustomerRepository repository;
    private final CustomerActivityRepository activities;
    private final CustomerService customers;
    private final CustomerStandingsReader standings;
    private final AsyncActionService asyncActions;
    private final JsonMapper json;
    private final ProjectSchemas schemas;

    CustomerApiService(CustomerRepository repository, CustomerActivityRepository activities,
                       CustomerService customers, CustomerStandingsReader standings, AsyncActionService asyncActions,
                       JsonMapper json, ProjectSchemas schemas) {
        this.schemas = schemas;
        this.repository = repository;
        this.activities = activities;
        this.customers = customers;
        this.standings = standings;
        this.asyncActions = asyncActions;
        this.json = json;
    }

    @Transactional
    public CustomerWithSummary create(String projectId, CustomerRequest body) {
        if (body != null) {
            schemas.checkMetadata(projectId, "customer", sent(body.metadata()));
        }
        return answer(upsert(projectId, body, customers.now()));
    }

    private static Map<String, Object> sent(Patch<Map<String, Object>> metadata) {
        return metadata == null || !metadata.isPresent() ? null : metadata.value();
    }

    CustomerWithSummary get(String projectId, String idOrSourceId) {
        return answer(live(projectId, idOrSourceId));
    }

    ListEnvelope<CustomerWithSummary> list(String projectId, QueryString query) {
        CustomerListQuery q = CustomerListQuery.from(projectId, query);
        Page<Customer> page = repository.findAll(q.filter(), q.pageable());
        return new ListEnvelope<>("customers", answers(projectId, page.getContent()), page.getTotalElements(),
                page.hasNext(), null);
    }

    @Transactional
    CustomerWithSummary update(String projectId, String idOrSourceId, CustomerRequest body) {
        Customer customer = live(projectId, idOrSourceId);
        if (body != null && sent(body.metadata()) != null) {
            schemas.checkMetadata(projectId, "customer", sent(body.metadata()));
        }
        Instant now = customers.now();
        if (customer.apply(body == null ? CustomerRequest.empty(null) : body.withoutSourceId(), now)) {
            customers.record(projectId, customer.id(), Activity.of(Activity.UPDATED, null, null, data(customer)));
        }
        return answer(customer);
    }

    @Transactional
    void delete(String projectId, String idOrSourceId) {
        Customer customer = live(projectId, idOrSourceId);
        customers.record(projectId, customer.id(), Activity.of(Activity.DELETED, null, null, data(customer)));
        customer.delete(customers.now());
    }

    @Transactional
    PermanentDeletionResponse deletePermanently(String projectId, String idOrSourceId) {
        Customer customer = live(projectId, idOrSourceId);
        Instant now = customers.now();
        int events = activities.deleteByCustomer(customer.id());
        customer.erase(now);
        return new PermanentDeletionResponse(ResourceIds.permanentDeletion(), now, customer.id(), "customer", "DONE",
                new PermanentDeletionResponse.Counts(events, events, 0, 0, 0, 0, 1), "pernament_deletion");
    }

    @Transactional
    Accepted updateInBulk(String projectId, List<CustomerRequest> body) {
        if (body == null || body.isEmpty()) {
            throw ApiException.invalidPayload("Payload should be a non-empty array of customers");
        }
        Instant now = customers.now();
        List<Map<String, Object>> errors = new ArrayList<>();
        int done = 0;
        for (CustomerRequest item : body) {
            if (item == null || !CustomerRef.hasText(item.sourceId())) {
                errors.add(Map.of("message", "Invalid customer", "details", "Customer should have property 'source_id'",
                        "key", "invalid_customer", "source_id", ""));
                continue;
            }
            upsert(projectId, item, now);
            done++;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("done_count", done);
        result.put("failed_count", errors.size());
        result.put("errors", errors);
        return asyncActions.done(projectId, "CUSTOMERS.BULK_UPDATE", result);
    }

    @Transactional
    Accepted updateMetadataInBulk(String projectId, MetadataUpdateRequest body) {
        if (body == null || body.sourceIds() == null || body.sourceIds().isEmpty()) {
            throw ApiException.invalidPayload("Payload should have required property 'source_ids'");
        }
        if (body.metadata() == null) {
            throw ApiException.invalidPayload("Payload should have required property 'metadata'");
        }
        Instant now = customers.now();
        Map<String, Customer> bySourceId = repository.findByProjectIdAndSourceIdIn(projectId, body.sourceIds())
                .stream().collect(Collectors.toMap(Customer::sourceId, Function.identity()));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (String sourceId : body.sourceIds().stream().distinct().toList()) {
            Customer customer = bySourceId.get(sourceId);
            if (customer == null) {
                customer = upsert(projectId, CustomerRequest.empty(sourceId), now);
            }
            if (customer.mergeMetadata(body.metadata(), now)) {
                customers.record(projectId, customer.id(), Activity.of(Activity.UPDATED, null, null, data(customer)));
            }
        }
        return asyncActions.done(projectId, "CUSTOMERS.METADATA_UPDATE", Map.of("errors", errors));
    }

    /** Customers from CSV rows: every valid row is upserted, the others are listed in the result. */
    @Transactional
    Accepted importRows(String projectId, CustomerCsv.Parsed parsed) {
        Instant now = customers.now();
        for (CustomerRequest row : parsed.customers()) {
            upsert(projectId, row, now);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message", "Import finished");
        result.put("failed", parsed.failed());
        result.put("done_count", parsed.customers().size());
        result.put("failed_count", parsed.failed().size());
        return asyncActions.done(projectId, "CUSTOMERS.IMPORT_CSV", result);
    }

    ListEnvelope<Object> segments(String projectId, String idOrSourceId) {
        live(projectId, idOrSourceId);
        return ListEnvelope.of(List.of());
    }

    /** A customer by id, else by source_id; deleted customers are gone. */
    Customer live(String projectId, String idOrSourceId) {
        return repository.findByProjectIdAndIdAndDeletedAtIsNull(projectId, idOrSourceId)
                .or(() -> repository.findByProjectIdAndSourceId(projectId, idOrSourceId))
                .orElseThrow(() -> ApiException.notFound("customer", idOrSourceId));
    }

    // The source_id names an existing customer (whose values are then replaced) or makes a new one.
    private Customer upsert(String projectId, CustomerRequest body, Instant now) {
        CustomerRequest request = body == null ? CustomerRequest.empty(null) : body;
        if (!CustomerRef.hasText(request.sourceId())) {
            return created(projectId, repository.save(Customer.create(ResourceIds.customer(), projectId, request, now)));
        }
        String newId = ResourceIds.customer();
        Customer customer = repository.insertOrFind(newId, projectId, request.sourceId(), null, null, null, "{}", now)
                .or(() -> repository.findByProjectIdAndSourceId(projectId, request.sourceId()))
                .orElseThrow();
        if (customer.id().equals(newId)) {
            customer.apply(request, now);
            customer.unchangedSinceCreation();
            return created(projectId, customer);
        }
        if (customer.apply(request, now)) {
            customers.record(projectId, customer.id(), Activity.of(Activity.UPDATED, null, null, data(customer)));
        }
        return customer;
    }

    private Customer created(String projectId, Customer customer) {
        customers.record(projectId, customer.id(), Activity.of(Activity.CREATED, null, null, data(customer)));
        return customers.announceCreated(customer);
    }

    // The activity's data: the customer as the event left it
    @SuppressWarnings("unchecked")
    private Map<String, Object> data(Customer customer) {
        return Map.of("customer", json.convertValue(CustomerResponse.from(customer), Map.class));
    }

    private CustomerWithSummary answer(Customer customer) {
        return answers(customer.projectId(), List.of(customer)).get(0);
    }

    /** The customers as the API answers them, with their summary, loyalty and referrals figures. */
    List<CustomerWithSummary> answers(String projectId, List<Customer> page) {
        Map<String, CustomerActivityRepository.Figures> figures = figures(page);
        Map<String, CustomerStandingsReader.Standing> standing = standings.of(projectId,
                page.stream().map(Customer::id).toList());
        return page.stream().map(c -> {
            CustomerStandingsReader.Standing s = standing.get(c.id());
            return CustomerWithSummary.from(c, figures.get(c.id()), s == null ? null : s.loyalty(),
                    s == null ? null : s.referrals());
        }).toList();
    }

    private Map<String, CustomerActivityRepository.Figures> figures(List<Customer> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return activities.figures(page.stream().map(Customer::id).toList()).stream()
                .collect(Collectors.toMap(CustomerActivityRepository.Figures::getCustomerId, Function.identity()));
    }
}
