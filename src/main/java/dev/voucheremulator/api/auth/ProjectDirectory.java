package dev.voucheremulator.api.auth;

import java.util.Optional;

/**
 * The port through which authentication makes sure the project an app id names exists, and learns the
 * app keys the Management API issued. The {@code project} feature implements it, so this shared module
 * depends on no feature.
 */
public interface ProjectDirectory {

    /** The app token issued with an app id, and whether its project still exists. */
    record IssuedKey(String appToken, boolean active) {
    }

    /** Creates the project on its first request; cheap when it exists already. */
    void ensureExists(String projectId);

    /** Empty for an app id no Management API project was created with. */
    Optional<IssuedKey> issuedKey(String appId);
}
