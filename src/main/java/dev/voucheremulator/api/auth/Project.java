package dev.voucheremulator.api.auth;

/**
 * The tenant a request belongs to: its {@code X-App-Id} (or bearer token). Every stored row is
 * scoped by it, so two test suites with different ids never see each other's data.
 * Controllers receive it as a method parameter.
 */
public record Project(String id) {

    /** The request attribute holding the authenticated project, for interceptors that run per project. */
    public static final String REQUEST_ATTRIBUTE = "dev.voucheremulator.api.auth.Project";
}
