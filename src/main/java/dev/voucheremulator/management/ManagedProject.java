package dev.voucheremulator.management;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A project of a management account; its /v1 data lives under {@code appId}. */
@Entity
@Table(name = "management_project")
class ManagedProject {

    @Id
    private String id;
    private String accountId;
    private String appId;
    private String appToken;
    private String clientAppId;
    private String clientAppToken;
    private String webhookToken;
    @JdbcTypeCode(SqlTypes.JSON)
    private ProjectSettings settings;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ManagedProject() {
    }

    ManagedProject(String id, String accountId, ProjectSettings settings, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.appId = ManagementIds.appKey();
        this.appToken = ManagementIds.appKey();
        this.clientAppId = ManagementIds.appKey();
        this.clientAppToken = ManagementIds.appKey();
        this.webhookToken = ManagementIds.webhookToken();
        this.settings = settings;
        this.createdAt = createdAt;
    }

    String id() {
        return id;
    }

    String accountId() {
        return accountId;
    }

    String appId() {
        return appId;
    }

    String appToken() {
        return appToken;
    }

    String clientAppId() {
        return clientAppId;
    }

    String clientAppToken() {
        return clientAppToken;
    }

    String webhookToken() {
        return webhookToken;
    }

    ProjectSettings settings() {
        return settings;
    }

    Instant createdAt() {
        return createdAt;
    }

    void update(ProjectSettings settings, Instant at) {
        this.settings = settings;
        this.updatedAt = at;
    }
}
