package dev.voucheremulator.api.query;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.time.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of a request as sent, for list endpoints whose parameter names Spring cannot
 * bind ({@code created_at[before]}, {@code filters[...]}). A controller declares it as a parameter,
 * as it declares the {@code Project}. Every problem found reading it is a 400 invalid_query_params.
 */
public final class QueryString {

    public static final QueryString EMPTY = new QueryString(Map.of());

    private final Map<String, List<String>> params;

    private QueryString(Map<String, List<String>> params) {
        this.params = params;
    }

    public static QueryString of(Map<String, ? extends List<String>> params) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(name, values == null ? List.of() : values));
        return new QueryString(Collections.unmodifiableMap(copy));
    }

    /** As the servlet API hands them over ({@code getParameterMap()}). */
    public static QueryString ofArrays(Map<String, String[]> params) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        params.forEach((name, values) -> copy.put(name, values == null ? List.of() : Arrays.asList(values)));
        return new QueryString(Collections.unmodifiableMap(copy));
    }

    /** Parameter names in the order they were sent. */
    public Set<String> names() {
        return params.keySet();
    }

    public List<String> values(String name) {
        return params.getOrDefault(name, List.of());
    }

    /** The first value exactly as sent; null when the parameter is absent. */
    public String first(String name) {
        List<String> values = values(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first value, trimmed; null when absent or blank. */
    public String single(String name) {
        String value = first(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Every value of these parameters in turn, split at commas, trimmed, blanks dropped. */
    public List<String> list(String... names) {
        List<String> all = new ArrayList<>();
        for (String name : names) {
            for (String value : values(name)) {
                Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(all::add);
            }
        }
        return List.copyOf(all);
    }

    public int integer(String name, int min, int max, int fallback) {
        String value = single(name);
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

    /** {@code limit} (1..100, default 10) and {@code page} (1..maxPage, default 1). */
    public Paging paging(int maxPage) {
        int limit = integer("limit", 1, Paging.MAX_LIMIT, Paging.DEFAULT_LIMIT);
        return new Paging(limit, integer("page", 1, maxPage, 1));
    }

    public Instant instant(String name) {
        return instant(name, single(name));
    }

    /** A date or date-time (see {@link Timestamps}); null for an absent or blank value. */
    public static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Timestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidQueryParams("Query parameter '" + parameter
                    + "' should be a date (2024-01-01) or an ISO-8601 date-time (2024-01-01T10:00:00.000Z)");
        }
    }

    /** For lists that take no {@code filters} at all: sending some is an error, not a silent no-op. */
    public void rejectFilters() {
        if (params.keySet().stream().anyMatch(k -> k.equals("filters") || k.startsWith("filters["))) {
            throw ApiException.invalidQueryParams("Query parameter 'filters' is not supported by the emulator");
        }
    }
}
