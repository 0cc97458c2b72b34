package dev.voucheremulator.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.api.error.ApiException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ValueConditionsTest {

    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

    record Row(String name, Instant at) {
    }

    private static final List<Row> ROWS = List.of(new Row("Summer", Instant.parse("2025-03-01T00:00:00Z")),
            new Row("Winter", Instant.parse("2025-03-09T00:00:00Z")), new Row(null, null));

    @Test
    void negationsKeepRowsWithoutAValue() {
        assertThat(names(text("$is_not", "Summer"))).containsExactly("Winter", null);
        assertThat(names(text("$not_in", "Summer", "Winter"))).containsExactly((String) null);
        assertThat(names(text("$not_contain", "mm"))).containsExactly("Winter", null);
        assertThat(names(text("$in", "Summer", "Autumn"))).containsExactly("Summer");
        assertThat(names(text("$starts_with", "Wi"))).containsExactly("Winter");
        assertThat(names(text("$is_unknown"))).containsExactly((String) null);
    }

    @Test
    void datesCountDaysBackFromNow() {
        assertThat(names(date("$less_than", "3"))).containsExactly("Winter");
        assertThat(names(date("$more_than", "3"))).containsExactly("Summer");
        assertThat(names(date("$after", "2025-03-05"))).containsExactly("Winter");
        assertThat(names(date("$has_value", ""))).containsExactly("Summer", "Winter");
        assertThatThrownBy(() -> date("$after", "soon")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> date("$less_than", "-1")).isInstanceOf(ApiException.class);
    }

    @Test
    void joinsFieldsByTheJunctionAndOneFieldsOperatorsByAnd() {
        List<Filters.Condition> conditions = List.of(
                new Filters.Condition("name", "$starts_with", List.of("S")),
                new Filters.Condition("name", "$ends_with", List.of("r")),
                new Filters.Condition("at", "$after", List.of("2025-03-05")));
        assertThat(ROWS.stream().filter(new Filters(false, conditions).matchingByField(this::compile))
                .map(Row::name)).isEmpty();
        assertThat(ROWS.stream().filter(new Filters(true, conditions).matchingByField(this::compile))
                .map(Row::name)).containsExactly("Summer", "Winter");
        assertThat(ROWS.stream().filter(Filters.NONE.<Row>matchingByField(this::compile))).hasSize(3);
    }

    private Predicate<Row> compile(Filters.Condition c) {
        if (c.field().equals("at")) {
            Predicate<Instant> test = ValueConditions.date(c, NOW);
            return r -> test.test(r.at());
        }
        Predicate<String> test = ValueConditions.text(c);
        return r -> test.test(r.name());
    }

    private static Predicate<Row> text(String operator, String... values) {
        Predicate<String> test = ValueConditions.text(new Filters.Condition("name", operator, Arrays.asList(values)));
        return r -> test.test(r.name());
    }

    private static Predicate<Row> date(String operator, String value) {
        Predicate<Instant> test = ValueConditions.date(new Filters.Condition("at", operator, List.of(value)), NOW);
        return r -> test.test(r.at());
    }

    private static List<String> names(Predicate<Row> filter) {
        return ROWS.stream().filter(filter).map(Row::name).toList();
    }
}
