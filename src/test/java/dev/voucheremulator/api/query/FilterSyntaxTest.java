package dev.voucheremulator.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.FilterSyntax.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class FilterSyntaxTest {

    private static final Set<String> TEXT = Set.of("$in", "$not_in", "$is", "$is_not", "$contains");
    private static final Set<String> IN = Set.of("$in", "$not_in");

    private static final FilterSyntax SYNTAX = FilterSyntax.builder()
            .field(Field.of("name", TEXT, IN))
            .field(Field.of("created", Set.of("$after", "$before"), Set.of()))
            .field(Field.flags("active", Set.of("$enabled", "$disabled")).withoutConditions())
            .build();

    @Test
    void ignoresParametersOutsideFilters() {
        assertThat(read("limit", "10", "filters", "x", "order", "-created_at").conditions()).isEmpty();
    }

    @Test
    void readsEveryArrayFormOfAListOperator() {
        List<Map<String, List<String>>> forms = List.of(
                Map.of("filters[name][conditions][$in]", List.of("Summer", "Winter")),
                Map.of("filters[name][conditions][$in][]", List.of("Summer", "Winter")),
                params("filters[name][conditions][$in][0]", "Summer", "filters[name][conditions][$in][1]", "Winter"),
                Map.of("filters[name][conditions][$in]", List.of(" Summer, Winter ,")),
                params("filters[name][conditions][$in]", "Summer", "filters[name][conditions][$in][]", "Winter"));
        for (Map<String, List<String>> form : forms) {
            Filters filters = SYNTAX.read(QueryString.of(form));
            assertThat(filters.conditions()).as(form.toString()).hasSize(1);
            assertThat(filters.conditions().get(0).values()).as(form.toString())
                    .containsExactlyInAnyOrder("Summer", "Winter");
        }
    }

    @Test
    void keepsSingleValuesWhole() {
        Filters.Condition condition = read("filters[name][conditions][$is]", "Sale, 50% off").conditions().get(0);

        assertThat(condition.values()).containsExactly("Sale, 50% off");
        assertThat(condition.value()).isEqualTo("Sale, 50% off");
        assertThat(condition.parameter()).isEqualTo("filters[name][conditions][$is]");
    }

    @Test
    void keepsConditionsInTheOrderTheirFieldsCameAndReadsTheJunction() {
        Filters filters = read("filters[created][conditions][$after]", "2025-01-01",
                "filters[junction]", " OR ",
                "filters[name][conditions][$is]", "A",
                "filters[created][conditions][$before]", "2025-02-01");

        assertThat(filters.anyOf()).isTrue();
        assertThat(filters.conditions()).extracting(c -> c.field() + " " + c.operator())
                .containsExactly("created $after", "created $before", "name $is");
        assertThat(read("filters[junction]", "and").anyOf()).isFalse();
        assertThat(read("filters[name][conditions][$is]", "A").anyOf()).isFalse();
    }

    @Test
    void takesFlagsWithOrWithoutConditions() {
        assertThat(read("filters[active][conditions][$enabled]", "").conditions()).singleElement()
                .satisfies(c -> assertThat(c.operator()).isEqualTo("$enabled"));
        assertThat(read("filters[active][$disabled]", "").conditions()).singleElement()
                .satisfies(c -> assertThat(c.operator()).isEqualTo("$disabled"));
        assertThat(SYNTAX.read(QueryString.of(Map.of("filters[active][$disabled]", List.of("", "x"))))
                .conditions()).hasSize(1);
    }

    @Test
    void rejectsMalformedKeys() {
        assertRejected("Malformed filter 'filters[name][$in]'; expected filters[<field>][conditions][<operator>]",
                "filters[name][$in]", "A");
        assertRejected("Malformed filter 'filters[name]'", "filters[name]", "A");
        assertRejected("Malformed", "filters[name][conditions][$in][0][x]", "A");
        assertRejected("Malformed", "filters[name][conditions][$in][x]", "A");
        assertRejected("Malformed", "filters[name][conditions][$in]x", "A");
        assertRejected("Malformed", "filters[]x", "A");
        assertRejected("Malformed", "filters[junction][x]", "and");
        assertRejected("Filter 'filters[name][conditions]' names no operator", "filters[name][conditions]", "A");
    }

    @Test
    void rejectsUnknownFieldsAndOperators() {
        assertRejected("Unknown filter field 'colour'; allowed: name, created, active, junction",
                "filters[colour][conditions][$is]", "red");
        assertRejected("Unknown operator '$after' for filter 'name'; allowed: $contains, $in, $is, $is_not, $not_in",
                "filters[name][conditions][$after]", "2025-01-01");
    }

    @Test
    void rejectsBadJunctionsAndSeveralValuesForOneValueOperators() {
        assertRejected("Filter 'junction' should be one of [and, or]", "filters[junction]", "xor");
        assertThatThrownBy(() -> SYNTAX.read(QueryString.of(Map.of("filters[junction]", List.of("and", "or")))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                        .isEqualTo("Filter 'junction' takes one value: and or or (default and)"));
        assertThatThrownBy(() -> SYNTAX.read(QueryString.of(Map.of("filters[name][conditions][$is]",
                List.of("A", "B"))))).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                .isEqualTo("filters[name][conditions][$is] takes a single value"));
    }

    @Test
    void aListCanWordItsOwnMessagesAndClaimEveryFiltersParameter() {
        FilterSyntax strict = FilterSyntax.builder()
                .field(Field.of("name", IN, IN))
                .claimsEveryFiltersParameter()
                .messages(problem -> problem.kind() + " " + problem.key())
                .build();

        assertThatThrownBy(() -> strict.read(QueryString.of(Map.of("filters", List.of("x")))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details()).isEqualTo("MALFORMED filters"));
        assertThatThrownBy(() -> strict.read(QueryString.of(Map.of("filters[name][conditions][$is]", List.of("x")))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                        .isEqualTo("UNKNOWN_OPERATOR filters[name][conditions][$is]"));
        assertThat(SYNTAX.read(QueryString.of(Map.of("filters", List.of("x")))).conditions()).isEmpty();
    }

    @Test
    void aFamilyTakesEveryFieldWithItsPrefix() {
        FilterSyntax withMetadata = FilterSyntax.builder()
                .field(Field.of("name", IN, IN))
                .family("metadata.", Field.of("metadata", TEXT, IN))
                .build();

        Filters filters = withMetadata.read(QueryString.of(params("filters[metadata.tier.level][conditions][$in][0]",
                "gold", "filters[metadata.tier.level][conditions][$in][1]", "silver")));
        assertThat(filters.conditions()).containsExactly(
                new Filters.Condition("metadata.tier.level", "$in", List.of("gold", "silver")));
        assertThatThrownBy(() -> withMetadata.read(QueryString.of(params("filters[metadata.][conditions][$is]", "x"))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                        .isEqualTo("Unknown filter field 'metadata.'; allowed: name, metadata.<key>, junction"));
        assertThatThrownBy(() -> withMetadata.read(QueryString.of(params("filters[metadata.a][conditions][$after]",
                "x")))).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                .isEqualTo("Unknown operator '$after' for filter 'metadata.a'; allowed: $contains, $in, $is, $is_not, "
                        + "$not_in"));
    }

    private static Filters read(String... keysAndValues) {
        return SYNTAX.read(QueryString.of(params(keysAndValues)));
    }

    private static void assertRejected(String details, String key, String value) {
        assertThatThrownBy(() -> read(key, value))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.key()).isEqualTo("invalid_query_params");
                    assertThat(e.details()).startsWith(details);
                });
    }

    // Repeated keys are merged, as the servlet container does.
    private static Map<String, List<String>> params(String... keysAndValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.merge(keysAndValues[i], List.of(keysAndValues[i + 1]),
                    (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
        return params;
    }
}
