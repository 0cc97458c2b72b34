package dev.voucheremulator.management;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import tools.jackson.databind.JsonNode;

/**
 * A project setting the emulator stores and echoes without acting on it. One table serves the four
 * kinds; each kind's service reads and writes {@code body} as its own record.
 */
@Entity
@Table(name = "management_resource")
class ManagementResource {

    enum Kind {
        METADATA_SCHEMA("metadata_schema"),
        CUSTOM_EVENT_SCHEMA("custom_event_schema"),
        BRAND("brand"),
        STACKING_RULES("stacking_rules");

        final String resourceType;

        Kind(String resourceType) {
            this.resourceType = resourceType;
        }
    }

    @Id
    private String id;
    private String projectId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String name;
    @JdbcTypeCode(SqlTypes.JSON)
    private JsonNode body;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ManagementResource() {
    }

    ManagementResource(String id, String projectId, Kind kind, String name, JsonNode body, Instant createdAt) {
        this.id = id;
        this.projectId = projectId;
        this.kind = kind;
        this.name = name;
        this.body = body;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String projectId() {
        return projectId;
    }

    String name() {
        return name;
    }

    JsonNode body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    void update(JsonNode body, Instant at) {
        this.body = body;
        this.updatedAt = at;
    }
}
