package dev.voucheremulator.management;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies of the custom event schema operations. */
final class CustomEventSchemaBodies {

    private CustomEventSchemaBodies() {
    }

    /** One property of the event's metadata. */
    record Property(@NotNull @Pattern(regexp = "string|number|date|datetime|boolean") String type,
                    @NotNull Boolean optional, Boolean deleted) {
    }

    record EventSchema(@Size(max = 500) Map<@NotBlank @Size(max = 255) String, @Valid @NotNull Property> properties) {

        EventSchema {
            properties = properties == null ? Map.of() : properties;
        }

        /** Sent properties replace those of the same name; the others stay. */
        EventSchema with(EventSchema sent) {
            Map<String, Property> merged = new LinkedHashMap<>(properties);
            merged.putAll(sent.properties());
            return new EventSchema(merged);
        }
    }

    /** {@code ManagementProjectsCustomEventSchemasCreateRequestBody}. */
    record CreateEventSchema(@NotBlank @Size(max = 255) String name, @Valid @NotNull EventSchema schema) {
    }

    /** {@code ManagementProjectsCustomEventSchemasUpdateRequestBody}. */
    record UpdateEventSchema(@Valid EventSchema schema) {
    }

    /** What is stored. */
    record Stored(String name, EventSchema schema) {
    }

    /** {@code ManagementProjectsCustomEventSchemasCreateResponseBody} (and the get, update and list item). */
    record EventSchemaResponse(String id, String name, EventSchema schema, Instant createdAt, Instant updatedAt,
                               String object) {

        static EventSchemaResponse from(ManagementResourceStore.Stored<Stored> s) {
            return new EventSchemaResponse(s.id(), s.body().name(), s.body().schema(), s.createdAt(), s.updatedAt(),
                    "custom-event-schema");
        }
    }
}
