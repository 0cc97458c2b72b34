package dev.voucheremulator.oauth;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OAuthTokenRepository extends JpaRepository<OAuthToken, String> {

    /** A project revokes only its own tokens; a token revoked once keeps its first revocation time. */
    @Modifying
    @Query("update OAuthToken t set t.revokedAt = :now "
            + "where t.tokenHash = :hash and t.projectId = :projectId and t.revokedAt is null")
    int revoke(@Param("projectId") String projectId, @Param("hash") String hash, @Param("now") Instant now);
}
