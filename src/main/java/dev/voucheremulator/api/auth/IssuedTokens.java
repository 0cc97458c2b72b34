package dev.voucheremulator.api.auth;

import java.util.Optional;

/**
 * The port through which authentication recognises the bearer tokens {@code POST /v1/oauth/token}
 * issued. The {@code oauth} feature implements it, so this shared module depends on no feature.
 */
public interface IssuedTokens {

    /** Who an issued token names, and whether it still works (neither revoked nor expired). */
    record IssuedToken(String projectId, boolean active) {
    }

    /** Empty for a token that was never issued. */
    Optional<IssuedToken> find(String token);
}
