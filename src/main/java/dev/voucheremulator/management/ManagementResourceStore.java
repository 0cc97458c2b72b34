package dev.voucheremulator.management;

import dev.voucheremulator.api.error.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores the four kinds of project settings, each body as its own record type. A kind may keep a value
 * unique per project ({@code name}): a second one is a 409. Runs in the calling service's transaction.
 */
@Component
@Transactional(readOnly = true)
class ManagementResourceStore {

    /** A stored body with what the table adds to it. */
    record Stored<T>(String id, T body, java.time.Instant createdAt, java.time.Instant updatedAt) {
    }

    private final ManagementResourceRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    ManagementResourceStore(ManagementResourceRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    <T> Stored<T> create(ManagedProject project, ManagementResource.Kind kind, String id, String uniqueName,
                         String uniqueWhat, T body) {
        if (uniqueName != null && repository.existsByProjectIdAndKindAndName(project.id(), kind, uniqueName)) {
            throw ApiException.duplicate(kind.resourceType, uniqueWhat, uniqueName);
        }
        ManagementResource resource = new ManagementResource(id, project.id(), kind, uniqueName,
                json.valueToTree(body), clock.instant());
        try {
            repository.saveAndFlush(resource);
        } catch (DataIntegrityViolationException raced) {
            // a concurrent create took the unique value between the check and the insert
            throw ApiException.duplicate(kind.resourceType, uniqueWhat, uniqueName);
        }
        return new Stored<>(id, body, resource.createdAt(), null);
    }

    <T> List<Stored<T>> list(ManagedProject project, ManagementResource.Kind kind, Class<T> type) {
        return repository.findByProjectIdAndKindOrderByCreatedAtAscIdAsc(project.id(), kind).stream()
                .map(r -> stored(r, type))
                .toList();
    }

    <T> Stored<T> get(ManagedProject project, ManagementResource.Kind kind, String id, Class<T> type) {
        return stored(find(project, kind, id), type);
    }

    @Transactional
    <T> Stored<T> update(ManagedProject project, ManagementResource.Kind kind, String id, Class<T> type,
                         UnaryOperator<T> change) {
        ManagementResource resource = find(project, kind, id);
        T body = change.apply(json.treeToValue(resource.body(), type));
        resource.update(json.valueToTree(body), clock.instant());
        repository.saveAndFlush(resource);
        return stored(resource, type);
    }

    @Transactional
    void delete(ManagedProject project, ManagementResource.Kind kind, String id) {
        repository.delete(find(project, kind, id));
        repository.flush();
    }

    private ManagementResource find(ManagedProject project, ManagementResource.Kind kind, String id) {
        return repository.findByProjectIdAndKindAndId(project.id(), kind, id)
                .orElseThrow(() -> ApiException.notFound(kind.resourceType, id));
    }

    private <T> Stored<T> stored(ManagementResource r, Class<T> type) {
        return new Stored<>(r.id(), json.treeToValue(r.body(), type), r.createdAt(), r.updatedAt());
    }
}
