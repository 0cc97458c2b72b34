package dev.voucheremulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.query.Filters;
import dev.voucheremulator.api.query.QueryString;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;

class CampaignFiltersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void ignoresParametersOutsideFilters() {
        Map<String, String[]> params = Map.of("limit", values("10"), "filters", values("x"), "order", values("-created_at"));

        assertThat(read(params).conditions()).isEmpty();
        assertThat(parse(params)).isNotNull();
    }

    @Test
    void readsEveryArrayForm() {
        List<Map<String, String[]>> forms = List.of(
                Map.of("filters[campaigns][conditions][$in]", values("Summer", "Winter")),
                Map.of("filters[campaigns][conditions][$in][]", values("Summer", "Winter")),
                params("filters[campaigns][conditions][$in][0]", "Summer", "filters[campaigns][conditions][$in][1]", "Winter"),
                Map.of("filters[campaigns][conditions][$in]", values("Summer, Winter")),
                params("filters[campaigns][conditions][$in]", "Summer", "filters[campaigns][conditions][$in][]", "Winter"));

        for (Map<String, String[]> form : forms) {
            assertThat(values(read(form), "campaigns", "$in"))
                    .containsExactlyInAnyOrder("Summer", "Winter");
        }
    }

    @Test
    void keepsCommasInSingleValues() {
        var filters = read(Map.of("filters[campaigns][conditions][$is]", values("Sale, 50% off")));

        assertThat(values(filters, "campaigns", "$is")).containsExactly("Sale, 50% off");
    }

    @Test
    void groupsOperatorsByFieldAndReadsJunction() {
        var filters = read(params(
                "filters[junction]", "OR",
                "filters[created_date][conditions][$after]", "2025-01-01",
                "filters[created_date][conditions][$before]", "2025-02-01T00:00:00.000Z",
                "filters[validity_day_of_week][conditions][$is][]", "1",
                "filters[validity_day_of_week][conditions][$is][]", "5"));

        assertThat(filters.anyOf()).isTrue();
        assertThat(filters.conditions()).filteredOn(c -> c.field().equals("created_date"))
                .extracting(Filters.Condition::operator).containsExactly("$after", "$before");
        assertThat(values(filters, "validity_day_of_week", "$is")).containsExactly("1", "5");
    }

    @Test
    void junctionDefaultsToAnd() {
        assertThat(read(Map.of("filters[campaigns][conditions][$is]", values("A"))).anyOf()).isFalse();
        assertThat(read(Map.of("filters[junction]", values("and"))).anyOf()).isFalse();
    }

    @Test
    void acceptsActiveFlagsWithAndWithoutConditions() {
        assertThat(values(read(Map.of("filters[active][conditions][$enabled]", values(""))), "active", "$enabled"))
                .containsExactly("");
        assertThat(values(read(Map.of("filters[active][$disabled]", values(""))), "active", "$disabled"))
                .containsExactly("");
    }

    @Test
    void buildsSpecificationsForEveryField() {
        Map<String, String[]> params = params(
                "filters[junction]", "and",
                "filters[campaigns][conditions][$contains]", "Sum",
                "filters[campaigns][conditions][$not_in]", "A,B",
                "filters[campaigns_id][conditions][$starts_with]", "camp_",
                "filters[categories][conditions][$in][]", "Seasonal",
                "filters[categories][conditions][$not_contain]", "50%",
                "filters[category_ids][conditions][$is_unknown]", "",
                "filters[campaign_status][conditions][$in][]", "DONE",
                "filters[campaign_status][conditions][$ends_with]", "NE",
                "filters[voucher_type][conditions][$is_not]", "LOYALTY_CARD",
                "filters[type][conditions][$in]", "BULK,STANDALONE",
                "filters[is_referral_code][conditions][$is]", "FALSE",
                "filters[status][conditions][$active]", "",
                "filters[status][conditions][before_start]", "",
                "filters[active][conditions][$active]", "",
                "filters[created_date][conditions][$more_than]", "10",
                "filters[updated_at][conditions][$less_than]", "3",
                "filters[start_date][conditions][$after]", "2025-01-01",
                "filters[expiration_date][conditions][$before]", "2025-12-31T23:59:59+01:00",
                "filters[validity_timeframe][conditions][$has_value]", "",
                "filters[validity_day_of_week][conditions][$is]", "0,6");

        assertThat(parse(params)).isNotNull();
        params.put("filters[junction]", values("or"));
        assertThat(parse(params)).isNotNull();
    }

    @Test
    void acceptsDateOperatorsItCannotApplyToTimeframes() {
        assertThat(parse(Map.of("filters[validity_timeframe][conditions][$after]",
                values("2025-01-01T00:00:00Z")))).isNotNull();
    }

    @Test
    void rejectsUnknownField() {
        assertRejected(Map.of("filters[colour][conditions][$is]", values("red")), "colour");
    }

    @Test
    void rejectsOperatorsTheFieldDoesNotHave() {
        assertRejected(Map.of("filters[campaigns][conditions][$after]", values("2025-01-01")), "$after");
        assertRejected(Map.of("filters[campaign_status][conditions][$contains]", values("DO")), "$contains");
        assertRejected(Map.of("filters[type][conditions][$is]", values("STATIC")), "$is");
        assertRejected(Map.of("filters[status][conditions][$enabled]", values("")), "$enabled");
    }

    @Test
    void rejectsValuesOutsideTheEnums() {
        assertRejected(Map.of("filters[campaign_status][conditions][$in][]", values("DONE", "ARCHIVED")), "DONE");
        assertRejected(Map.of("filters[voucher_type][conditions][$is]", values("COUPON")), "GIFT_VOUCHER");
        assertRejected(Map.of("filters[type][conditions][$not_in]", values("DYNAMIC")), "AUTO_UPDATE");
        assertRejected(Map.of("filters[is_referral_code][conditions][$is]", values("maybe")), "TRUE");
        assertRejected(Map.of("filters[validity_day_of_week][conditions][$is]", values("7")), "0 to 6");
        assertRejected(Map.of("filters[junction]", values("xor")), "junction");
    }

    @Test
    void rejectsBadDatesAndDayCounts() {
        assertRejected(Map.of("filters[created_date][conditions][$after]", values("yesterday")), "ISO-8601");
        assertRejected(Map.of("filters[start_date][conditions][$before]", values("2025-13-01")), "ISO-8601");
        assertRejected(Map.of("filters[validity_timeframe][conditions][$before]", values("soon")), "ISO-8601");
        assertRejected(Map.of("filters[updated_at][conditions][$more_than]", values("-1")), "days");
        assertRejected(Map.of("filters[updated_at][conditions][$less_than]", values("ten")), "days");
    }

    @Test
    void rejectsMalformedKeys() {
        assertRejected(Map.of("filters[campaigns][$in]", values("A")), "Malformed");
        assertRejected(Map.of("filters[campaigns]", values("A")), "Malformed");
        assertRejected(Map.of("filters[campaigns][conditions][$in][0][x]", values("A")), "Malformed");
        assertRejected(Map.of("filters[campaigns][conditions][$in]x", values("A")), "Malformed");
        assertRejected(Map.of("filters[junction][x]", values("and")), "Malformed");
        assertRejected(Map.of("filters[campaigns][conditions]", values("A")), "no operator");
    }

    @Test
    void rejectsSeveralValuesForSingleValueOperators() {
        assertRejected(Map.of("filters[campaigns][conditions][$is]", values("A", "B")), "single value");
        assertRejected(Map.of("filters[junction]", values("and", "or")), "junction");
    }

    private static void assertRejected(Map<String, String[]> params, String detail) {
        assertThatThrownBy(() -> parse(params))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.key()).isEqualTo("invalid_query_params");
                    assertThat(e.details()).contains(detail);
                });
    }

    private static Filters read(Map<String, String[]> params) {
        return CampaignFilters.SYNTAX.read(QueryString.ofArrays(params));
    }

    private static Specification<Campaign> parse(Map<String, String[]> params) {
        return CampaignFilters.specification(read(params), CLOCK.instant());
    }

    private static List<String> values(Filters filters, String field, String operator) {
        return filters.conditions().stream()
                .filter(c -> c.field().equals(field) && c.operator().equals(operator))
                .findFirst().orElseThrow().values();
    }

    private static String[] values(String... values) {
        return values;
    }

    // Repeated keys are merged, as the servlet container does.
    private static Map<String, String[]> params(String... keysAndValues) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.merge(keysAndValues[i], values(keysAndValues[i + 1]), (a, b) -> {
                String[] merged = new String[a.length + b.length];
                System.arraycopy(a, 0, merged, 0, a.length);
                System.arraycopy(b, 0, merged, a.length, b.length);
                return merged;
            });
        }
        return params;
    }
}
