package dev.voucheremulator.api.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class ListEnvelopeTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    record Item(String id, String displayName) {
    }

    @Test
    void namesTheArrayAfterItsDataRef() {
        String json = JSON.writeValueAsString(ListEnvelope.of("campaigns", List.of(new Item("camp_1", "Summer")), 7));

        assertThat(json).isEqualTo("{\"object\":\"list\",\"data_ref\":\"campaigns\","
                + "\"campaigns\":[{\"id\":\"camp_1\",\"display_name\":\"Summer\"}],\"total\":7}");
    }

    @Test
    void aWholeListCountsItself() {
        assertThat(JSON.writeValueAsString(ListEnvelope.of(List.of(new Item("a", null)))))
                .isEqualTo("{\"object\":\"list\",\"data_ref\":\"data\",\"data\":[{\"id\":\"a\",\"display_name\":null}],"
                        + "\"total\":1}");
    }

    @Test
    void aCursorPageSaysWhereTheNextStartsAndLeavesOutWhatItDoesNotKnow() {
        assertThat(JSON.writeValueAsString(ListEnvelope.cursor(List.of(new Item("a", "A")), null, true, "a")))
                .isEqualTo("{\"object\":\"list\",\"data_ref\":\"data\",\"data\":[{\"id\":\"a\",\"display_name\":\"A\"}],"
                        + "\"has_more\":true,\"more_starting_after\":\"a\"}");
        assertThat(JSON.writeValueAsString(ListEnvelope.cursor(List.of(), 0L, false, null)))
                .isEqualTo("{\"object\":\"list\",\"data_ref\":\"data\",\"data\":[],\"total\":0,\"has_more\":false}");
    }
}
