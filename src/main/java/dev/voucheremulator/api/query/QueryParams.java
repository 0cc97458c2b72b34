package dev.voucheremulator.api.query;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.time.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reading the raw query parameters of list endpoints whose names Spring cannot bind
 * ({@code created_at[before]}, {@code filters[...]}). Every problem is a 400 invalid_query_params.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The first value of a parameter, trimmed; null when absent or blank. */
    public static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).trim();
    }

    public static int integer(Map<String, List<String>> params, String name, int min, int max, int fallback) {
        String value = single(params, name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below, like an out-of-range number
        }
        throw ApiException.invalidQueryParams("Query parameter '" + name + "' should be an integer between "
                + min + " and " + max);
    }

    public static Instant instant(Map<String, List<String>> params, String name) {
        return instant(name, single(params, name));
    }

    /** A date or date-time (see {@link Timestamps}); null for a blank value. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidQueryParams("Query parameter '" + name
                    + "' should be a date (2024-01-01) or an ISO-8601 date-time (2024-01-01T10:00:00.000Z)");
        }
    }
}
