package dev.voucheremulator.management;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.schema.ProjectSchemas;
import dev.voucheremulator.management.CustomEventSchemaBodies.Property;
import dev.voucheremulator.management.CustomEventSchemaBodies.Stored;
import dev.voucheremulator.management.MetadataSchemaBodies.Definition;
import dev.voucheremulator.management.MetadataSchemaBodies.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The project's metadata and custom event schemas, enforced from its Management API settings. */
@Component
class ManagedProjectSchemas implements ProjectSchemas {

    private final ProjectSettingsCache settings;

    ManagedProjectSchemas(ProjectSettingsCache settings) {
        this.settings = settings;
    }

    @Override
    public void checkMetadata(String projectId, String relatedObject, Map<String, Object> metadata) {
        Schema schema = settings.of(projectId).metadataSchemas().get(relatedObject);
        if (schema == null) {
            return;
        }
        refuseIfViolated(MetadataChecks.violation(schema.properties(), schema.allowDefinedOnly(), metadata));
    }

    @Override
    public void checkEvent(String projectId, String event, Map<String, Object> metadata) {
        Map<String, Stored> schemas = settings.of(projectId).eventSchemas();
        if (schemas.isEmpty()) {
            return;
        }
        Stored schema = schemas.get(event);
        if (schema == null) {
            throw ApiException.notFound("event_schema", event);
        }
        Map<String, Definition> properties = new LinkedHashMap<>();
        schema.schema().properties().forEach((name, p) -> properties.put(name, definition(p)));
        refuseIfViolated(MetadataChecks.violation(properties, false, metadata));
    }

    private static Definition definition(Property p) {
        return new Definition(p.type(), p.optional(), false, p.deleted(), null, null, null, null, null, null, null,
                null, null, null);
    }

    private static void refuseIfViolated(String violation) {
        if (violation != null) {
            throw ApiException.badRequest("metadata_validation_failed", "Metadata validation failed", violation);
        }
    }
}
