package dev.voucheremulator.management;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.CustomEventSchemaBodies.CreateEventSchema;
import dev.voucheremulator.management.CustomEventSchemaBodies.EventSchemaResponse;
import dev.voucheremulator.management.CustomEventSchemaBodies.Stored;
import dev.voucheremulator.management.CustomEventSchemaBodies.UpdateEventSchema;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Custom event schemas: one per event name and project, stored and echoed. */
@Service
@Transactional(readOnly = true)
class CustomEventSchemaService {

    private static final ManagementResource.Kind KIND = ManagementResource.Kind.CUSTOM_EVENT_SCHEMA;

    private final ManagedProjects projects;
    private final ManagementResourceStore store;

    CustomEventSchemaService(ManagedProjects projects, ManagementResourceStore store) {
        this.projects = projects;
        this.store = store;
    }

    @Transactional
    EventSchemaResponse create(String accountId, String projectId, CreateEventSchema body) {
        ManagedProject project = projects.require(accountId, projectId);
        return EventSchemaResponse.from(store.create(project, KIND, ManagementIds.customEventSchema(), body.name(),
                "name", new Stored(body.name(), body.schema())));
    }

    ListEnvelope<EventSchemaResponse> list(String accountId, String projectId) {
        ManagedProject project = projects.require(accountId, projectId);
        return ListEnvelope.of(store.list(project, KIND, Stored.class).stream().map(EventSchemaResponse::from).toList());
    }

    EventSchemaResponse get(String accountId, String projectId, String schemaId) {
        return EventSchemaResponse.from(store.get(projects.require(accountId, projectId), KIND, schemaId,
                Stored.class));
    }

    @Transactional
    EventSchemaResponse update(String accountId, String projectId, String schemaId, UpdateEventSchema body) {
        return EventSchemaResponse.from(store.update(projects.require(accountId, projectId), KIND, schemaId,
                Stored.class, s -> body.schema() == null ? s : new Stored(s.name(), s.schema().with(body.schema()))));
    }

    @Transactional
    void delete(String accountId, String projectId, String schemaId) {
        store.delete(projects.require(accountId, projectId), KIND, schemaId);
    }
}
