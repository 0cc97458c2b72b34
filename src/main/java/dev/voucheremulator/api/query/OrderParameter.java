package dev.voucheremulator.api.query;

import dev.voucheremulator.api.error.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The values a list's {@code order} parameter takes, each with what it means (mostly a {@link Sort}),
 * and the meaning of an absent one. Any other value is a 400 invalid_query_params that lists them.
 */
public final class OrderParameter<T> {

    private final Map<String, T> options;
    private final T fallback;
    private final String listing;

    private OrderParameter(Map<String, T> options, T fallback, String listing) {
        this.options = Map.copyOf(options);
        this.fallback = fallback;
        this.listing = listing;
    }

    /** null is the default; anything else must be one of the values exactly as listed. */
    public T parse(String value) {
        if (value == null) {
            return fallback;
        }
        T meaning = options.get(value);
        if (meaning == null) {
            throw ApiException.invalidQueryParams("Query parameter 'order' should be one of " + listing);
        }
        return meaning;
    }

    /** Blank counts as absent, for parameters Spring binds as they came ({@code order=}). */
    public T parseOrDefault(String value) {
        return parse(value == null || value.isBlank() ? null : value);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Sorts by fields, each both ways: {@code name} ascending, {@code -name} descending. */
    public static SortBuilder sorts() {
        return new SortBuilder();
    }

    public static class Builder<T> {

        final Map<String, T> options = new LinkedHashMap<>();
        private String listing;

        public Builder<T> option(String value, T meaning) {
            options.put(value, meaning);
            return this;
        }

        /** The 400 lists the values as {@code a, b, c} instead of {@code [a, b, c]}. */
        public Builder<T> listedPlainly() {
            return listedAs(String.join(", ", options.keySet()));
        }

        public Builder<T> listedAs(String listing) {
            this.listing = listing;
            return this;
        }

        public OrderParameter<T> byDefault(String value) {
            T meaning = options.get(value);
            if (meaning == null) {
                throw new IllegalArgumentException("default " + value + " is not one of " + options.keySet());
            }
            return byDefault(meaning);
        }

        public OrderParameter<T> byDefault(T meaning) {
            return new OrderParameter<>(options, meaning,
                    listing != null ? listing : new ArrayList<>(options.keySet()).toString());
        }
    }

    public static final class SortBuilder extends Builder<Sort> {

        private final List<Sort.Order> tieBreaks = new ArrayList<>();

        /**
         * Properties that order equal values, in the direction of the field sorted by: creation order,
         * say, so that pages never overlap. Declare them before the fields.
         */
        public SortBuilder tieBreaks(String... properties) {
            for (String property : properties) {
                tieBreaks.add(Sort.Order.by(property));
            }
            return this;
        }

        public SortBuilder field(String name, String property) {
            return field(name, property, Sort.NullHandling.NATIVE);
        }

        public SortBuilder field(String name, String property, Sort.NullHandling nulls) {
            option(name, sort(Sort.Direction.ASC, property, nulls));
            option("-" + name, sort(Sort.Direction.DESC, property, nulls));
            return this;
        }

        private Sort sort(Sort.Direction direction, String property, Sort.NullHandling nulls) {
            List<Sort.Order> orders = new ArrayList<>();
            orders.add(new Sort.Order(direction, property, nulls));
            tieBreaks.forEach(t -> orders.add(t.with(direction)));
            return Sort.by(orders);
        }
    }
}
