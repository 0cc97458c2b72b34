package dev.voucheremulator.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /v1/vouchers?filters[...]: conditions on text, choices, booleans, numbers and dates, and the junction. */
@EmulatorTest
class VoucherFiltersApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void threeStandaloneVouchers() {
        api = ApiClient.forProject(port, "voucher-filters-" + UUID.randomUUID());
        ok(api.post("/v1/vouchers/SPRING-10", Map.of("category", "Spring", "additional_info", "shop window",
                "metadata", Map.of("region", "EU", "vip", true, "tier", Map.of("level", "gold")),
                "expiration_date", "2030-01-01T00:00:00Z", "redemption", Map.of("quantity", 5),
                "discount", Map.of("type", "AMOUNT", "amount_off", 1000))));
        ok(api.post("/v1/vouchers/SUMMER-20", Map.of("type", "GIFT_VOUCHER", "active", false,
                "gift", Map.of("amount", 2000))));
        ok(api.post("/v1/vouchers/SUMMER-30", Map.of("start_date", "2020-01-01T00:00:00Z",
                "metadata", Map.of("region", "US"),
                "discount", Map.of("type", "PERCENT", "percent_off", 30))));
    }

    @Test
    void narrowsByTextConditions() {
        assertThat(codes("filters[code][conditions][$starts_with]=SUMMER")).containsExactlyInAnyOrder("SUMMER-20",
                "SUMMER-30");
        assertThat(codes("filters[code][conditions][$in][0]=SPRING-10&filters[code][conditions][$in][1]=SUMMER-30"))
                .containsExactlyInAnyOrder("SPRING-10", "SUMMER-30");
        assertThat(codes("filters[code][conditions][$not_in][0]=SPRING-10")).containsExactlyInAnyOrder("SUMMER-20",
                "SUMMER-30");
        assertThat(codes("filters[category][conditions][$is]=Spring")).containsExactly("SPRING-10");
        assertThat(codes("filters[category][conditions][$is_unknown]=")).containsExactlyInAnyOrder("SUMMER-20",
                "SUMMER-30");
        assertThat(codes("filters[additional_info][conditions][$contains]=window")).containsExactly("SPRING-10");
        assertThat(codes("filters[campaign_id][conditions][$has_value]=")).isEmpty();
        String id = ok(api.get("/v1/vouchers/SUMMER-30")).get("id").asString();
        assertThat(codes("filters[id][conditions][$is]=" + id)).containsExactly("SUMMER-30");
    }

    @Test
    void narrowsByTypeFlagsAndNumbers() {
        assertThat(codes("filters[voucher_type][conditions][$is]=GIFT_VOUCHER")).containsExactly("SUMMER-20");
        assertThat(codes("filters[voucher_type][conditions][$in]=LOYALTY_CARD")).isEmpty();
        assertThat(codes("filters[active][conditions][$is]=false")).containsExactly("SUMMER-20");
        assertThat(codes("filters[active][conditions][$is_not]=FALSE")).containsExactlyInAnyOrder("SPRING-10",
                "SUMMER-30");
        assertThat(codes("filters[is_referral_code][conditions][$is]=TRUE")).isEmpty();
        assertThat(codes("filters[redemption_quantity][conditions][$more_than]=1")).containsExactly("SPRING-10");
        assertThat(codes("filters[redemption_quantity][conditions][$is_unknown]=")).containsExactlyInAnyOrder(
                "SUMMER-20", "SUMMER-30");
        assertThat(codes("filters[redemption_count][conditions][$is]=0")).hasSize(3);
        assertThat(codes("filters[redemption_count][conditions][$more_than_equal]=1")).isEmpty();
    }

    @Test
    void narrowsByMetadataKeys() {
        // what the JS SDK's filters: {'metadata.vip': {conditions: {$is: true}}} sends
        assertThat(codes("filters[metadata.vip][conditions][$is]=true")).containsExactly("SPRING-10");
        assertThat(codes("filters[metadata.region][conditions][$in]=EU,US")).containsExactlyInAnyOrder("SPRING-10",
                "SUMMER-30");
        assertThat(codes("filters[metadata.region][conditions][$is_not]=EU")).containsExactlyInAnyOrder("SUMMER-20",
                "SUMMER-30");
        assertThat(codes("filters[metadata.region][conditions][$is_unknown]=")).containsExactly("SUMMER-20");
        assertThat(codes("filters[metadata.tier.level][conditions][$starts_with]=go")).containsExactly("SPRING-10");
        assertThat(codes("filters[metadata.tier][conditions][$has_value]=")).containsExactly("SPRING-10");
        assertThat(codes("filters[metadata.nothing][conditions][$has_value]=")).isEmpty();
    }

    @Test
    void narrowsByTheActiveFlags() {
        // the JS SDK's own example: filters: {junction: 'AND', active: {conditions: {$active: true}}}
        assertThat(codes("filters[junction]=AND&filters[active][conditions][$active]=true"))
                .containsExactlyInAnyOrder("SPRING-10", "SUMMER-30");
        assertThat(codes("filters[active][conditions][$disabled]=")).containsExactly("SUMMER-20");
        assertThat(codes("filters[active][conditions][$enabled]=")).containsExactlyInAnyOrder("SPRING-10",
                "SUMMER-30");
        assertThat(codes("filters[active][conditions][$expired]=")).isEmpty();
    }

    @Test
    void narrowsByDates() {
        assertThat(codes("filters[expiration_date][conditions][$after]=2029-12-31")).containsExactly("SPRING-10");
        assertThat(codes("filters[expiration_date][conditions][$before]=2029-12-31")).isEmpty();
        assertThat(codes("filters[start_date][conditions][$has_value]=")).containsExactly("SUMMER-30");
        assertThat(codes("filters[created_at][conditions][$less_than]=1")).hasSize(3);
        assertThat(codes("filters[created_at][conditions][$more_than]=1")).isEmpty();
        assertThat(codes("filters[updated_at][conditions][$is_unknown]=")).hasSize(3);
    }

    @Test
    void joinsFieldsWithTheJunctionAndKeepsThePlainParameters() {
        String pair = "filters[code][conditions][$starts_with]=SUMMER&filters[active][conditions][$is]=TRUE";
        assertThat(codes(pair)).containsExactly("SUMMER-30");
        assertThat(codes(pair + "&filters[junction]=AND")).containsExactly("SUMMER-30");
        assertThat(codes(pair + "&filters[junction]=OR")).containsExactlyInAnyOrder("SPRING-10", "SUMMER-20",
                "SUMMER-30");
        assertThat(codes("filters[junction]=or&filters[category][conditions][$is]=Spring"
                + "&filters[voucher_type][conditions][$is]=GIFT_VOUCHER")).containsExactlyInAnyOrder("SPRING-10",
                "SUMMER-20");
        // two operators of one field are both required, whatever the junction
        assertThat(codes("filters[junction]=OR&filters[code][conditions][$starts_with]=SUMMER"
                + "&filters[code][conditions][$ends_with]=0&filters[code][conditions][$is_not]=SUMMER-20"))
                .containsExactly("SUMMER-30");
        assertThat(codes("code=SPRING-10&filters[code][conditions][$starts_with]=SUMMER")).isEmpty();
    }

    @Test
    void rejectsUnknownFieldsOperatorsAndValues() {
        for (String query : List.of("filters[voucher_code][conditions][$is]=SPRING-10",
                "filters[code][conditions][$after]=2024-01-01",
                "filters[active][conditions][$is]=maybe",
                "filters[redemption_quantity][conditions][$more_than]=many",
                "filters[created_at][conditions][$after]=yesterday",
                "filters[junction]=both",
                "filters[metadata.][conditions][$is]=x",
                "filters[metadata.region][conditions][$after]=2024-01-01",
                "filters=code")) {
            ApiResponse response = api.get("/v1/vouchers?" + query);
            assertThat(response.status()).as(query + ": " + response.text()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_query_params");
        }
    }

    private List<String> codes(String query) {
        JsonNode list = ok(api.get("/v1/vouchers?" + query));
        List<String> codes = new ArrayList<>();
        list.get("vouchers").forEach(v -> codes.add(v.get("code").asString()));
        assertThat(list.get("total").asInt()).isEqualTo(codes.size());
        return codes;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
