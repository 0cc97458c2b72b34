package dev.voucheremulator.api.query;

import dev.voucheremulator.api.error.ApiException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.data.jpa.domain.Specification;

/**
 * The meaning of the filter operators Voucherify's lists share, as JPA criteria over columns named
 * through the static metamodel. Negations keep rows without a value: a campaign without a category
 * has no category name to leave out.
 */
public final class Conditions {

    /** FilterConditionsString's operators; $in and $not_in take lists. */
    public static final Set<String> TEXT = Set.of("$in", "$not_in", "$is", "$is_not", "$has_value", "$is_unknown",
            "$starts_with", "$ends_with", "$contains", "$not_contain");
    /** FilterConditionsDateTime's operators. */
    public static final Set<String> DATE = Set.of("$after", "$before", "$has_value", "$is_unknown", "$more_than",
            "$less_than");
    /** The number operators of FiltersCondition. */
    public static final Set<String> NUMBER = Set.of("$in", "$not_in", "$is", "$is_not", "$has_value", "$is_unknown",
            "$more_than", "$less_than", "$more_than_equal", "$less_than_equal");
    /** The operators that take several values. */
    public static final Set<String> LISTS = Set.of("$in", "$not_in");

    private Conditions() {
    }

    /** Where a value lives: an attribute of the static metamodel, or a path into an embedded value. */
    @FunctionalInterface
    public interface Column<T, V> {

        Path<V> of(Root<T> root);

        static <T, V> Column<T, V> of(SingularAttribute<? super T, V> attribute) {
            return root -> root.get(attribute);
        }
    }

    /** A condition on a text value. */
    @FunctionalInterface
    public interface TextCondition {
        Predicate on(Expression<String> value, CriteriaBuilder cb);
    }

    /**
     * A text field: the column that is null when the value is absent, and how a condition reaches the
     * text, on that column or, when the text is held in another table, through a subquery.
     */
    public interface TextField<T> {

        Path<?> column(Root<T> root);

        /** Whether the value is absent; by default, whether {@link #column} is null. */
        default Predicate isNull(Root<T> root, CriteriaBuilder cb) {
            return cb.isNull(column(root));
        }

        Predicate matches(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb, TextCondition condition);

        static <T> TextField<T> of(Column<T, String> column) {
            return new TextField<>() {
                @Override
                public Path<?> column(Root<T> root) {
                    return column.of(root);
                }

                @Override
                public Predicate matches(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb,
                                         TextCondition condition) {
                    return condition.on(column.of(root), cb);
                }
            };
        }
    }

    /** $in, $not_in, $is, $is_not, $has_value, $is_unknown, $starts_with, $ends_with, $contains, $not_contain. */
    public static <T> Specification<T> text(TextField<T> field, Filters.Condition condition) {
        List<String> values = condition.values();
        String value = condition.value();
        return switch (condition.operator()) {
            case "$in" -> values.isEmpty() ? nothing() : including(field, (v, cb) -> v.in(values));
            case "$not_in" -> values.isEmpty() ? everything() : excluding(field, (v, cb) -> v.in(values));
            case "$is" -> including(field, (v, cb) -> cb.equal(v, value));
            case "$is_not" -> excluding(field, (v, cb) -> cb.equal(v, value));
            case "$has_value" -> (root, query, cb) -> cb.not(field.isNull(root, cb));
            case "$is_unknown" -> (root, query, cb) -> field.isNull(root, cb);
            case "$starts_with" -> including(field, like(escapeLike(value) + "%"));
            case "$ends_with" -> including(field, like("%" + escapeLike(value)));
            case "$contains" -> including(field, like("%" + escapeLike(value) + "%"));
            case "$not_contain" -> excluding(field, like("%" + escapeLike(value) + "%"));
            default -> throw unchecked(condition);
        };
    }

    /**
     * The text operators on an enum column, where a prefix, a suffix or a part of a name is a set of
     * constants. {@code strict}: the values of $in, $not_in, $is and $is_not must be constants (a 400
     * otherwise); if not, unknown values match nothing.
     */
    public static <T, E extends Enum<E>> Specification<T> choice(Column<T, E> column, Class<E> type,
                                                                 Filters.Condition condition, boolean strict) {
        String value = condition.value();
        UnaryOperator<List<String>> known = values -> strict ? values : values.stream()
                .filter(v -> Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(v))).toList();
        return switch (condition.operator()) {
            case "$in" -> oneOf(column, constants(type, condition.parameter(), known.apply(condition.values())));
            case "$is" -> oneOf(column, constants(type, condition.parameter(), known.apply(List.of(value))));
            case "$not_in" -> noneOf(column, constants(type, condition.parameter(), known.apply(condition.values())));
            case "$is_not" -> noneOf(column, constants(type, condition.parameter(), known.apply(List.of(value))));
            case "$has_value", "$is_unknown" -> presence(column, condition.operator());
            case "$starts_with" -> oneOf(column, named(type, name -> name.startsWith(value)));
            case "$ends_with" -> oneOf(column, named(type, name -> name.endsWith(value)));
            case "$contains" -> oneOf(column, named(type, name -> name.contains(value)));
            case "$not_contain" -> noneOf(column, named(type, name -> name.contains(value)));
            default -> throw unchecked(condition);
        };
    }

    /** $after, $before, $has_value, $is_unknown, and $more_than / $less_than: n days ago. */
    public static <T> Specification<T> date(Column<T, Instant> column, Filters.Condition condition, Instant now) {
        String parameter = condition.parameter();
        String value = condition.value();
        return switch (condition.operator()) {
            case "$after" -> {
                Instant after = QueryString.instant(parameter, value);
                yield (root, query, cb) -> cb.greaterThan(column.of(root), after);
            }
            case "$before" -> {
                Instant before = QueryString.instant(parameter, value);
                yield (root, query, cb) -> cb.lessThan(column.of(root), before);
            }
            case "$has_value", "$is_unknown" -> presence(column, condition.operator());
            case "$more_than" -> {
                Instant threshold = now.minus(Duration.ofDays(days(parameter, value)));
                yield (root, query, cb) -> cb.lessThan(column.of(root), threshold);
            }
            case "$less_than" -> {
                Instant threshold = now.minus(Duration.ofDays(days(parameter, value)));
                yield (root, query, cb) -> cb.greaterThan(column.of(root), threshold);
            }
            default -> throw unchecked(condition);
        };
    }

    /**
     * $is, $is_not, $in, $not_in, $more_than, $less_than, $more_than_equal, $less_than_equal, $has_value,
     * $is_unknown on a whole-number column; any other value than a whole number is a 400.
     */
    public static <T> Specification<T> number(Column<T, ? extends Number> column, Filters.Condition condition) {
        String operator = condition.operator();
        if (operator.equals("$has_value") || operator.equals("$is_unknown")) {
            return presence(column, operator);
        }
        List<Long> values = condition.values().stream().map(v -> whole(condition.parameter(), v)).toList();
        if (values.isEmpty()) {
            return operator.equals("$not_in") ? everything() : nothing();
        }
        long value = values.get(0);
        return switch (operator) {
            case "$is", "$in" -> (root, query, cb) -> column.of(root).in(values);
            case "$is_not", "$not_in" -> noneOf(column, values);
            case "$more_than" -> (root, query, cb) -> cb.gt(column.of(root), value);
            case "$less_than" -> (root, query, cb) -> cb.lt(column.of(root), value);
            case "$more_than_equal" -> (root, query, cb) -> cb.ge(column.of(root), value);
            case "$less_than_equal" -> (root, query, cb) -> cb.le(column.of(root), value);
            default -> throw unchecked(condition);
        };
    }

    /**
     * A field the emulator never has a value for (who in the dashboard did it: API calls have no user):
     * $is_unknown and the negations keep every row, every other operator none.
     */
    public static <T> Specification<T> absent(Filters.Condition condition) {
        return switch (condition.operator()) {
            case "$is_unknown", "$is_not", "$not_in", "$not_contain" -> everything();
            default -> nothing();
        };
    }

    /** TRUE or FALSE, in any case; anything else is a 400 naming the parameter. */
    public static boolean bool(Filters.Condition condition) {
        return switch (condition.value().trim().toUpperCase(Locale.ROOT)) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw ApiException.invalidQueryParams(condition.parameter() + " should be one of [TRUE, FALSE]");
        };
    }

    /** $has_value: the column is set; $is_unknown: it is not. */
    public static <T> Specification<T> presence(Column<T, ?> column, String operator) {
        return switch (operator) {
            case "$has_value" -> (root, query, cb) -> cb.isNotNull(column.of(root));
            case "$is_unknown" -> (root, query, cb) -> cb.isNull(column.of(root));
            default -> throw new IllegalStateException("not a presence operator: " + operator);
        };
    }

    public static <T> Specification<T> oneOf(Column<T, ?> column, Collection<?> values) {
        return (root, query, cb) -> values.isEmpty() ? cb.disjunction() : column.of(root).in(values);
    }

    public static <T> Specification<T> noneOf(Column<T, ?> column, Collection<?> values) {
        return (root, query, cb) -> {
            if (values.isEmpty()) {
                return cb.conjunction();
            }
            Path<?> path = column.of(root);
            return cb.or(cb.isNull(path), cb.not(path.in(values)));
        };
    }

    /** The constants named by {@code values} (trimmed); any other value is a 400 naming the parameter. */
    public static <E extends Enum<E>> Set<E> constants(Class<E> type, String parameter, List<String> values) {
        Set<E> constants = EnumSet.noneOf(type);
        for (String value : values) {
            try {
                constants.add(Enum.valueOf(type, value.trim()));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidQueryParams(parameter + " should be one of "
                        + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
            }
        }
        return constants;
    }

    /** A whole number of days, 0 to 100 years. */
    public static long days(String parameter, String value) {
        try {
            long days = Long.parseLong(value.trim());
            if (days >= 0 && days <= 36_500) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidQueryParams(parameter + " should be a whole number of days");
    }

    private static long whole(String parameter, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidQueryParams(parameter + " should be a whole number");
        }
    }

    public static <T> Specification<T> nothing() {
        return (root, query, cb) -> cb.disjunction();
    }

    public static <T> Specification<T> everything() {
        return (root, query, cb) -> cb.conjunction();
    }

    private static <T> Specification<T> including(TextField<T> field, TextCondition condition) {
        return (root, query, cb) -> field.matches(root, query, cb, condition);
    }

    private static <T> Specification<T> excluding(TextField<T> field, TextCondition condition) {
        return (root, query, cb) -> cb.or(field.isNull(root, cb), cb.not(field.matches(root, query, cb, condition)));
    }

    private static TextCondition like(String pattern) {
        return (value, cb) -> cb.like(value, pattern, '\\');
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static <E extends Enum<E>> Set<E> named(Class<E> type, java.util.function.Predicate<String> test) {
        Set<E> matching = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (test.test(constant.name())) {
                matching.add(constant);
            }
        }
        return matching;
    }

    private static IllegalStateException unchecked(Filters.Condition condition) {
        return new IllegalStateException("unchecked operator " + condition.operator() + " on " + condition.field());
    }
}
