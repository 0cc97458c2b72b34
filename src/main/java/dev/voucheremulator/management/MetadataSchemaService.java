package dev.voucheremulator.management;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.management.MetadataSchemaBodies.CreateSchema;
import dev.voucheremulator.management.MetadataSchemaBodies.Schema;
import dev.voucheremulator.management.MetadataSchemaBodies.SchemaResponse;
import dev.voucheremulator.management.MetadataSchemaBodies.UpdateSchema;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Metadata schemas: one per related object and project, stored and echoed. */
@Service
@Transactional(readOnly = true)
class MetadataSchemaService {

    private static final ManagementResource.Kind KIND = ManagementResource.Kind.METADATA_SCHEMA;

    private final ManagedProjects projects;
    private final ManagementResourceStore store;

    MetadataSchemaService(ManagedProjects projects, ManagementResourceStore store) {
        this.projects = projects;
        this.store = store;
    }

    @Transactional
    SchemaResponse create(String accountId, String projectId, CreateSchema body) {
        ManagedProject project = projects.require(accountId, projectId);
        return SchemaResponse.from(store.create(project, KIND, ManagementIds.metadataSchema(), body.relatedObject(),
                "related_object", Schema.of(body)));
    }

    ListEnvelope<SchemaResponse> list(String accountId, String projectId) {
        ManagedProject project = projects.require(accountId, projectId);
        return ListEnvelope.of(store.list(project, KIND, Schema.class).stream().map(SchemaResponse::from).toList());
    }

    SchemaResponse get(String accountId, String projectId, String schemaId) {
        return SchemaResponse.from(store.get(projects.require(accountId, projectId), KIND, schemaId, Schema.class));
    }

    @Transactional
    SchemaResponse update(String accountId, String projectId, String schemaId, UpdateSchema body) {
        return SchemaResponse.from(store.update(projects.require(accountId, projectId), KIND, schemaId, Schema.class,
                schema -> schema.with(body)));
    }

    @Transactional
    void delete(String accountId, String projectId, String schemaId) {
        store.delete(projects.require(accountId, projectId), KIND, schemaId);
    }
}
