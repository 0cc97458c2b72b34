package dev.voucheremulator.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The credential headers a Voucherify client sends, for MockMvc requests. */
public final class Credentials {

    private Credentials() {
    }

    /** {@code X-App-Id} + {@code X-App-Token}: the app id names the project. */
    public static RequestPostProcessor appId(String appId) {
        return request -> {
            request.addHeader("X-App-Id", appId);
            request.addHeader("X-App-Token", "token-" + appId);
            return request;
        };
    }

    /** {@code Authorization: Bearer}: without an X-App-Id the token names the project. */
    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
