package dev.voucheremulator.oauth;

import dev.voucheremulator.api.auth.IssuedTokens;
import dev.voucheremulator.api.ids.ResourceIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, revokes and recognises OAuth bearer tokens; a token lives 900 seconds, as documented. */
@Service
@Transactional(readOnly = true)
class OAuthTokenService implements IssuedTokens {

    static final Duration LIFETIME = Duration.ofSeconds(900);

    private final OAuthTokenRepository repository;
    private final Clock clock;

    OAuthTokenService(OAuthTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    OAuthTokenResponse issue(String projectId, OAuthTokenRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String token = ResourceIds.oauthToken();
        OAuthToken saved = repository.save(new OAuthToken(hash(token), projectId, ResourceIds.oauthClient(),
                request.scope(), now, now.plus(LIFETIME)));
        return new OAuthTokenResponse(token, saved.clientId(), saved.expiresAt().getEpochSecond(),
                LIFETIME.toSeconds(), saved.scope(), "Bearer");
    }

    /** Idempotent, as RFC 7009 has it: an unknown token, or another project's, is left as it is. */
    @Transactional
    void revoke(String projectId, OAuthTokenRevokeRequest request) {
        repository.revoke(projectId, hash(request.accessToken()), clock.instant());
    }

    @Override
    public Optional<IssuedToken> find(String token) {
        Instant now = clock.instant();
        return repository.findById(hash(token)).map(t -> new IssuedToken(t.projectId(), t.activeAt(now)));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
