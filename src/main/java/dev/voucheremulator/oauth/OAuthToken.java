package dev.voucheremulator.oauth;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "oauth_token")
class OAuthToken {

    @Id
    private String tokenHash;
    private String projectId;
    private String clientId;
    private String scope;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;

    protected OAuthToken() {
    }

    OAuthToken(String tokenHash, String projectId, String clientId, String scope, Instant createdAt,
               Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.projectId = projectId;
        this.clientId = clientId;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    String tokenHash() { return tokenHash; }
    String projectId() { return projectId; }
    String clientId() { return clientId; }
    String scope() { return scope; }
    Instant createdAt() { return createdAt; }
    Instant expiresAt() { return expiresAt; }
    Instant revokedAt() { return revokedAt; }
}
