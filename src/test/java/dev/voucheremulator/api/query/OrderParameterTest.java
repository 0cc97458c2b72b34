package dev.voucheremulator.api.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.voucheremulator.api.error.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class OrderParameterTest {

    private static final OrderParameter<Sort> ORDERS = OrderParameter.sorts()
            .tieBreaks("seq")
            .field("created_at", "createdAt")
            .field("updated_at", "updatedAt", Sort.NullHandling.NULLS_LAST)
            .byDefault("-created_at");

    @Test
    void sortsEachFieldBothWaysWithTheTieBreakInTheSameDirection() {
        assertThat(ORDERS.parse("created_at")).isEqualTo(Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("seq")));
        assertThat(ORDERS.parse("-updated_at"))
                .isEqualTo(Sort.by(Sort.Order.desc("updatedAt").nullsLast(), Sort.Order.desc("seq")));
        assertThat(ORDERS.parse("updated_at"))
                .isEqualTo(Sort.by(Sort.Order.asc("updatedAt").nullsLast(), Sort.Order.asc("seq")));
    }

    @Test
    void anAbsentOrderIsTheDefault() {
        assertThat(ORDERS.parse(null)).isEqualTo(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("seq")));
    }

    @Test
    void rejectsAnythingElseListingTheValues() {
        for (String order : new String[]{"", "name", " created_at", "--created_at", "CREATED_AT"}) {
            assertThatThrownBy(() -> ORDERS.parse(order)).as(order)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.key()).isEqualTo("invalid_query_params");
                        assertThat(e.details()).isEqualTo("Query parameter 'order' should be one of "
                                + "[created_at, -created_at, updated_at, -updated_at]");
                    });
        }
    }

    @Test
    void listsTheValuesAsEachListWordsThem() {
        OrderParameter<Boolean> plain = OrderParameter.<Boolean>builder()
                .option("id", true).option("-id", false).listedPlainly().byDefault(false);
        OrderParameter<Boolean> custom = OrderParameter.<Boolean>builder()
                .option("id", true).listedAs("[id], optionally preceded by '-'").byDefault("id");

        assertThatThrownBy(() -> plain.parse("x")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details()).isEqualTo("Query parameter 'order' should be one of id, -id"));
        assertThatThrownBy(() -> custom.parse("x")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details())
                        .isEqualTo("Query parameter 'order' should be one of [id], optionally preceded by '-'"));
        assertThat(custom.parse(null)).isTrue();
    }
}
