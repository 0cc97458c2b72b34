package dev.voucheremulator.management;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A webhook configuration: where a project's events of the listed kinds are delivered. */
@Entity
@Table(name = "management_webhook")
class ManagementWebhook {

    @Id
    private String id;
    private String projectId;
    private String targetUrl;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> events;
    private boolean active;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ManagementWebhook() {
    }

    ManagementWebhook(String projectId, String targetUrl, List<String> events, boolean active, Instant createdAt) {
        this.id = ManagementIds.webhook();
        this.projectId = projectId;
        this.targetUrl = targetUrl;
        this.events = List.copyOf(events);
        this.active = active;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String projectId() {
        return projectId;
    }

    String targetUrl() {
        return targetUrl;
    }

    List<String> events() {
        return events;
    }

    boolean active() {
        return active;
    }

    Instant createdAt() {
        return createdAt;
    }

    void update(String targetUrl, List<String> events, boolean active, Instant at) {
        this.targetUrl = targetUrl;
        this.events = List.copyOf(events);
        this.active = active;
        this.updatedAt = at;
    }
}
