package dev.voucheremulator.api.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * A checked {@code filters[...]} request (see {@link FilterSyntax}): the junction and the conditions,
 * one per field and operator, in the order their fields and operators were first sent.
 */
public record Filters(boolean anyOf, List<Condition> conditions) {

    public static final Filters NONE = new Filters(false, List.of());

    /** The values given to one operator of one field; list operators' values are split at commas. */
    public record Condition(String field, String operator, List<String> values) {

        /** The parameter as 400 messages name it. */
        public String parameter() {
            return "filters[" + field + "][conditions][" + operator + "]";
        }

        /** The value of a single-value operator; empty when none was given. */
        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }
    }

    /** Every condition on its own, joined by the junction. {@code compile} answers null for "no condition". */
    public <T> Specification<T> joined(Function<Condition, Specification<T>> compile) {
        List<Specification<T>> parts = new ArrayList<>();
        for (Condition condition : conditions) {
            Specification<T> part = compile.apply(condition);
            if (part != null) {
                parts.add(part);
            }
        }
        return join(parts);
    }

    /** The conditions of one field ANDed, the fields joined by the junction. */
    public <T> Specification<T> joinedByField(Function<Condition, Specification<T>> compile) {
        Map<String, List<Specification<T>>> byField = new LinkedHashMap<>();
        for (Condition condition : conditions) {
            List<Specification<T>> parts = byField.computeIfAbsent(condition.field(), f -> new ArrayList<>());
            Specification<T> part = compile.apply(condition);
            if (part != null) {
                parts.add(part);
            }
        }
        List<Specification<T>> fields = byField.values().stream()
                .filter(parts -> !parts.isEmpty())
                .map(Specification::allOf)
                .toList();
        return join(fields);
    }

    /** For lists built in memory: the conditions of one field ANDed, the fields joined by the junction. */
    public <T> Predicate<T> matchingByField(Function<Condition, Predicate<T>> compile) {
        Map<String, Predicate<T>> byField = new LinkedHashMap<>();
        for (Condition condition : conditions) {
            Predicate<T> part = compile.apply(condition);
            byField.merge(condition.field(), part, Predicate::and);
        }
        if (byField.isEmpty()) {
            return value -> true;
        }
        return byField.values().stream().reduce(anyOf ? Predicate::or : Predicate::and).orElseThrow();
    }

    private <T> Specification<T> join(List<Specification<T>> parts) {
        if (parts.isEmpty()) {
            return Specification.unrestricted();
        }
        return anyOf ? Specification.anyOf(parts) : Specification.allOf(parts);
    }
}
