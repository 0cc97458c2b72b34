package dev.voucheremulator.emulator;

/** Request attributes the traffic controls leave for the request journal. */
public final class TrafficAttributes {

    /** What answered instead of the emulator: {@code "fault"}, {@code "dropped"} or {@code "quota"}. */
    public static final String INJECTED = TrafficAttributes.class.getName() + ".injected";
    /** The connection was closed without an answer: the journal records status 0. */
    public static final String DROPPED = "dropped";

    private TrafficAttributes() {
    }

    /** The prefixes of Voucherify's API: the calls the journal, faults and quotas apply to. */
    public static boolean isApiCall(String uri) {
        return uri.startsWith("/v1/") || uri.equals("/v1") || uri.startsWith("/client/v1/")
                || uri.startsWith("/management/v1/");
    }
}
