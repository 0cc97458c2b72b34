package dev.voucheremulator.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.api.error.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void readsSingleValuesTrimmedAndBlankAsAbsent() {
        QueryString query = QueryString.of(Map.of("code", List.of(" A-1 ", "B-2"), "blank", List.of(" ")));

        assertThat(query.single("code")).isEqualTo("A-1");
        assertThat(query.first("code")).isEqualTo(" A-1 ");
        assertThat(query.single("blank")).isNull();
        assertThat(query.first("blank")).isEqualTo(" ");
        assertThat(query.single("missing")).isNull();
        assertThat(query.first("missing")).isNull();
    }

    @Test
    void listsSplitAtCommasAcrossSeveralNames() {
        QueryString query = QueryString.of(Map.of("ids", List.of("a, b", ""), "ids[]", List.of("c,,d")));

        assertThat(query.list("ids", "ids[]")).containsExactly("a", "b", "c", "d");
        assertThat(query.list("other")).isEmpty();
    }

    @Test
    void pagesDefaultToTheFirstTenAndStayWithinBounds() {
        assertThat(QueryString.EMPTY.paging(99)).isEqualTo(new Paging(10, 1));
        assertThat(QueryString.of(Map.of("limit", List.of("100"), "page", List.of("99"))).paging(99))
                .isEqualTo(new Paging(100, 99));
        assertThat(QueryString.of(Map.of("limit", List.of(""), "page", List.of(" 2 "))).paging(99))
                .isEqualTo(new Paging(10, 2));

        assertRejected(Map.of("limit", List.of("0")), "Query parameter 'limit' should be an integer between 1 and 100");
        assertRejected(Map.of("limit", List.of("101")), "Query parameter 'limit' should be an integer between 1 and 100");
        assertRejected(Map.of("limit", List.of("ten")), "Query parameter 'limit' should be an integer between 1 and 100");
        assertRejected(Map.of("page", List.of("100")), "Query parameter 'page' should be an integer between 1 and 99");
        assertRejected(Map.of("page", List.of("0")), "Query parameter 'page' should be an integer between 1 and 99");
    }

    @Test
    void boundParametersKeepTheirOwnWording() {
        assertThat(Paging.of(null, null, 100)).isEqualTo(new Paging(10, 1));
        assertThat(Paging.of(1, 100, 100).pageable(org.springframework.data.domain.Sort.unsorted()).getPageNumber())
                .isEqualTo(99);
        assertThatThrownBy(() -> Paging.of(101, 1, 100)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details()).isEqualTo("Query parameter 'limit' should be between 1 and 100"));
        assertThatThrownBy(() -> Paging.of(10, 101, 100)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details()).isEqualTo("Query parameter 'page' should be between 1 and 100"));
    }

    @Test
    void readsDatesAndDateTimes() {
        QueryString query = QueryString.of(Map.of("created_at[before]", List.of("2025-06-01"),
                "created_at[after]", List.of("2025-06-01T10:00:00.000Z"), "bad", List.of("yesterday")));

        assertThat(query.instant("created_at[before]")).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(query.instant("created_at[after]")).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
        assertThat(query.instant("missing")).isNull();
        assertThatThrownBy(() -> query.instant("bad")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details()).startsWith("Query parameter 'bad' should be a date (2024-01-01)"));
    }

    @Test
    void listsWithoutFiltersRejectThem() {
        QueryString.EMPTY.rejectFilters();
        QueryString.of(Map.of("filtersx", List.of("1"))).rejectFilters();
        for (String key : List.of("filters", "filters[code][conditions][$is]")) {
            assertThatThrownBy(() -> QueryString.of(Map.of(key, List.of("x"))).rejectFilters())
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details())
                            .isEqualTo("Query parameter 'filters' is not supported by the emulator"));
        }
    }

    private static void assertRejected(Map<String, List<String>> params, String details) {
        assertThatThrownBy(() -> QueryString.of(params).paging(99))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.key()).isEqualTo("invalid_query_params");
                    assertThat(e.details()).isEqualTo(details);
                });
    }
}
