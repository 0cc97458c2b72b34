package dev.voucheremulator.asyncaction;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.ids.ResourceIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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

    AsyncActionResponse get(String projectId, String id) {
        return repository.findByProjectIdAndId(projectId, id).map(AsyncActionResponse::from)
                .orElseThrow(() -> ApiException.notFound("async_action", id));
    }

    /** Newest first, created before {@code endDate} when given; {@code limit} 1..100, default 10. */
    List<AsyncActionResponse> list(String projectId, Integer limit, Instant endDate) {
        int size = limit == null ? 10 : limit;
        if (size < 1 || size > 100) {
            throw ApiException.invalidQueryParams("Query parameter 'limit' should be between 1 and 100");
        }
        Instant before = endDate == null ? Instant.now(clock).plus(1, ChronoUnit.DAYS) : endDate;
        return repository.findByProjectIdAndCreatedAtBeforeOrderByCreatedAtDescSeqDesc(projectId, before,
                PageRequest.of(0, size)).stream().map(AsyncActionResponse::from).toList();
    }

    private Accepted save(String projectId, String type, boolean succeeded, Map<String, Object> result) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AsyncAction action = repository.save(new AsyncAction(ResourceIds.asyncAction(), projectId, type, succeeded,
                result, now));
        return new Accepted(action.id());
    }
}
