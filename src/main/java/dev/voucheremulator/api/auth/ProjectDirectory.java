package dev.voucheremulator.api.auth;

/**
 * The port through which authentication makes sure the project an app id names exists. The
 * {@code project} feature implements it, so this shared module depends on no feature.
 */
public interface ProjectDirectory {

    /** Creates the project on its first request; cheap when it exists already. */
    void ensureExists(String projectId);
}
