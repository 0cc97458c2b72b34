package dev.voucheremulator.support;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** Voucherify's error body: {@code code} (the status), {@code key}, {@code message}, {@code details}, {@code request_id}. */
public final class ErrorBodyMatchers {

    private ErrorBodyMatchers() {
    }

    public static ResultMatcher voucherifyError(int status, String key) {
        return all(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON),
                jsonPath("$.code").value(status),
                jsonPath("$.key").value(key),
                jsonPath("$.message").value(not(emptyOrNullString())),
                jsonPath("$.details").value(not(emptyOrNullString())),
                jsonPath("$.request_id").value(matchesPattern("v-[0-9a-f]{18}")));
    }

    /** The error body with exactly these {@code details}. */
    public static ResultMatcher voucherifyError(int status, String key, String details) {
        return all(voucherifyError(status, key), jsonPath("$.details").value(details));
    }

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }
}
