package dev.voucheremulator.asyncaction;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the async action a 202 answer names. Call {@link #done} (or {@link #failed}) in the
 * transaction that did the work, with the result the real API reports for that type; the id goes
 * into the answer's {@code async_action_id}.
 */
@Service
@Transactional(readOnly = true)
public class AsyncActionService {

    /** The answer of an operation done "asynchronously": {@code {"async_action_id": "aa_..."}}. */
    public record Accepted(String asyncActionId) {
    }

    /** The spec's {@code AsyncActionBase.type} enum. */
    static final Set<String> TYPES = Set.of(
            "CAMPAIGN.VOUCHERS_IMPORT", "CAMPAIGN.VOUCHERS_IMPORT_CSV", "CAMPAIGN.VOUCHERS_UPDATE",
            "CAMPAIGN.VOUCHERS_DELETE", "CAMPAIGN.VOUCHERS_GENERATE", "CAMPAIGNS.METADATA_KEY_PURGE",
            "CUSTOMERS.IMPORT_CSV", "CUSTOMERS.BULK_UPDATE", "CUSTOMERS.METADATA_UPDATE",
            "CUSTOMERS.METADATA_KEY_PURGE", "PRODUCTS.BULK_UPDATE", "PRODUCTS.METADATA_UPDATE",
            "PRODUCTS.METADATA_KEY_PURGE", "PRODUCTS.IMPORT_CSV", "SKUS.IMPORT_CSV", "VOUCHERS.IMPORT",
            "VOUCHERS.IMPORT_CSV", "VOUCHERS.BULK_UPDATE", "VOUCHERS.METADATA_UPDATE",
            "VOUCHERS.METADATA_KEY_PURGE", "ORDERS.IMPORT", "ORDERS.METADATA_KEY_PURGE");

    static final int DEFAULT_LIMIT = 10;

    private final AsyncActionRepository repository;
    private final Clock clock;

    AsyncActionService(AsyncActionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** {@code type} is one of the spec's AsyncAction types, e.g. {@code CUSTOMERS.BULK_UPDATE}. */
    @Transactional
    public Accepted done(String projectId, String type, Map<String, Object> result) {
        return save(projectId, type, true, result);
    }

    @Transactional
    public Accepted failed(String projectId, String type, Map<String, Object> result) {
        return save(projectId, type, false, result);
    }

    /**
     * The result the real API reports for campaign work ({@code CAMPAIGN.VOUCHERS_GENERATE},
     * {@code _DELETE}, {@code _UPDATE}, metadata key purges): {@code {"message": "Generated 2 vouchers.",
     * "done_count": 2}}.
     */
    public static Map<String, Object> counted(String message, long doneCount) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message", message);
        result.put("done_count", doneCount);
        return result;
    }

    AsyncActionResponse get(String projectId, String id) {
        return repository.findByProjectIdAndId(projectId, id).map(AsyncActionResponse::from)
                .orElseThrow(() -> ApiException.notFound("async_action", id));
    }

    /** Newest first, created before {@code endDate} when given; {@code limit} 1..100, default 10. */
    AsyncActionListResponse list(String projectId, Integer limit, Instant endDate) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > 100) {
            throw ApiException.invalidQueryParams("Query parameter 'limit' should be between 1 and 100");
        }
        // one more than asked tells whether there are more
        PageRequest page = PageRequest.of(0, size + 1);
        List<AsyncAction> found = endDate == null
                ? repository.findByProjectIdOrderByCreatedAtDescSeqDesc(projectId, page)
                : repository.findByProjectIdAndCreatedAtBeforeOrderByCreatedAtDescSeqDesc(projectId, endDate, page);
        return AsyncActionListResponse.of(found.stream().limit(size).map(AsyncActionResponse::listed).toList(),
                found.size() > size);
    }

    private Accepted save(String projectId, String type, boolean succeeded, Map<String, Object> result) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Not an async action type of the spec: " + type);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AsyncAction action = repository.save(new AsyncAction(ResourceIds.asyncAction(), projectId, type, succeeded,
                result, now, ResourceIds.request()));
        return new Accepted(action.id());
    }
}
