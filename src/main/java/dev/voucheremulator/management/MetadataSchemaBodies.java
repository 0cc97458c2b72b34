package dev.voucheremulator.management;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies of the metadata schema operations. */
final class MetadataSchemaBodies {

    static final String TYPES = "string|number|object|date|datetime|geopoint|boolean|image_url";

    private MetadataSchemaBodies() {
    }

    /** {@code ManagementProjectsMetadataSchemaDefinition}: one metadata property and its constraints. */
    record Definition(@NotNull @Pattern(regexp = TYPES) String type, Boolean optional, Boolean array,
                      Boolean deleted, @JsonInclude(JsonInclude.Include.ALWAYS) @Size(max = 255) String objectType,
                      @Min(0) Integer minLength, @Min(0) Integer maxLength, @Min(0) Integer exactLength,
                      @Size(max = 1000) List<Object> eq, @Size(max = 1000) List<Object> ne, BigDecimal lt,
                      BigDecimal lte, BigDecimal gt, BigDecimal gte) {

        /** What is stored: optional and array always answered, as the real API does. */
        Definition filled() {
            return new Definition(type, optional == null || optional, array != null && array, deleted, objectType,
                    minLength, maxLength, exactLength, eq, ne, lt, lte, gt, gte);
        }
    }

    /** {@code ManagementProjectsMetadataSchemasCreateRequestBody}. */
    record CreateSchema(@NotBlank @Size(max = 255) String relatedObject, Boolean allowDefinedOnly,
                        @NotNull @Size(max = 500) Map<@NotBlank @Size(max = 255) String, @Valid @NotNull Definition> properties) {
    }

    /** {@code ManagementProjectsMetadataSchemasUpdateRequestBody}: sent properties replace those of the same name. */
    record UpdateSchema(Boolean allowDefinedOnly,
                        @Size(max = 500) Map<@NotBlank @Size(max = 255) String, @Valid @NotNull Definition> properties) {
    }

    /** What is stored for a schema. */
    record Schema(String relatedObject, boolean allowDefinedOnly, Map<String, Definition> properties) {

        static Schema of(CreateSchema body) {
            return new Schema(body.relatedObject(), body.allowDefinedOnly() != null && body.allowDefinedOnly(),
                    filled(new LinkedHashMap<>(), body.properties()));
        }

        Schema with(UpdateSchema body) {
            return new Schema(relatedObject, body.allowDefinedOnly() != null ? body.allowDefinedOnly() : allowDefinedOnly,
                    body.properties() == null ? properties : filled(new LinkedHashMap<>(properties), body.properties()));
        }

        private static Map<String, Definition> filled(Map<String, Definition> into, Map<String, Definition> sent) {
            sent.forEach((name, definition) -> into.put(name, definition.filled()));
            return into;
        }
    }

    /** {@code ManagementProjectsMetadataSchemasCreateResponseBody} (and the get, update and list item). */
    record SchemaResponse(String id, String relatedObject, Map<String, Definition> properties,
                          boolean allowDefinedOnly, Instant createdAt,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Instant updatedAt, String object) {

        static SchemaResponse from(ManagementResourceStore.Stored<Schema> s) {
            return new SchemaResponse(s.id(), s.body().relatedObject(), s.body().properties(),
                    s.body().allowDefinedOnly(), s.createdAt(), s.updatedAt(), "metadata_schema");
        }
    }
}
