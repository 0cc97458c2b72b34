package dev.voucheremulator.api.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filter operators of {@link Conditions}, for lists built in memory rather than by a query: the
 * same meanings, with negations keeping values that are absent (null).
 */
public final class ValueConditions {

    /** The operators of an enum-valued string field (holder_role, campaign_type, ...). */
    public static final Set<String> CHOICE = Set.of("$in", "$not_in", "$is", "$is_not", "$has_value",
            "$is_unknown", "$starts_with", "$ends_with");

    private ValueConditions() {
    }

    /** $in, $not_in, $is, $is_not, $has_value, $is_unknown, $starts_with, $ends_with, $contains, $not_contain. */
    public static Predicate<String> text(Filters.Condition condition) {
        List<String> values = condition.values();
        String value = condition.value();
        return switch (condition.operator()) {
            case "$in" -> v -> v != null && values.contains(v);
            case "$not_in" -> v -> v == null || !values.contains(v);
            case "$is" -> v -> v != null && v.equals(value);
            case "$is_not" -> v -> v == null || !v.equals(value);
            case "$has_value" -> v -> v != null;
            case "$is_unknown" -> v -> v == null;
            case "$starts_with" -> v -> v != null && v.startsWith(value);
            case "$ends_with" -> v -> v != null && v.endsWith(value);
            case "$contains" -> v -> v != null && v.contains(value);
            case "$not_contain" -> v -> v == null || !v.contains(value);
            default -> throw unchecked(condition);
        };
    }

    /** $after, $before, $has_value, $is_unknown, and $more_than / $less_than: n days ago. */
    public static Predicate<Instant> date(Filters.Condition condition, Instant now) {
        String parameter = condition.parameter();
        String value = condition.value();
        return switch (condition.operator()) {
            case "$after" -> {
                Instant after = QueryString.instant(parameter, value);
                yield v -> v != null && v.isAfter(after);
            }
            case "$before" -> {
                Instant before = QueryString.instant(parameter, value);
                yield v -> v != null && v.isBefore(before);
            }
            case "$has_value" -> v -> v != null;
            case "$is_unknown" -> v -> v == null;
            case "$more_than" -> {
                Instant threshold = now.minus(Duration.ofDays(Conditions.days(parameter, value)));
                yield v -> v != null && v.isBefore(threshold);
            }
            case "$less_than" -> {
                Instant threshold = now.minus(Duration.ofDays(Conditions.days(parameter, value)));
                yield v -> v != null && v.isAfter(threshold);
            }
            default -> throw unchecked(condition);
        };
    }

    private static IllegalStateException unchecked(Filters.Condition condition) {
        return new IllegalStateException("unchecked operator " + condition.operator() + " on " + condition.field());
    }
}
