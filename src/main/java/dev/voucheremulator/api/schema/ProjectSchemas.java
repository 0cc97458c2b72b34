package dev.voucheremulator.api.schema;

import java.util.Map;

/**
 * The metadata schemas and custom event schemas a project defines (the Management API stores and
 * implements them). Features call it where the real API enforces them; both checks answer from memory
 * most of the time and throw the real API's 400 or 404 when the data does not fit.
 */
public interface ProjectSchemas {

    /**
     * Checks the metadata of a {@code relatedObject} (campaign, voucher, customer, product, order,
     * publication, redemption, ...) being created or updated against the project's schema for it:
     * required properties, types, value constraints and, with {@code allow_defined_only}, undefined keys.
     * A project without a schema for it accepts any metadata. Throws 400 {@code metadata_validation_failed}.
     */
    void checkMetadata(String projectId, String relatedObject, Map<String, Object> metadata);

    /**
     * Checks a tracked custom event: once a project defines custom event schemas, only their names are
     * accepted (404 {@code not_found}), and the event's metadata must fit the schema's properties.
     */
    void checkEvent(String projectId, String event, Map<String, Object> metadata);
}
