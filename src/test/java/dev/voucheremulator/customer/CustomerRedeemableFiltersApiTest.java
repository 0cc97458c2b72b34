package dev.voucheremulator.customer;

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

/** GET /v1/customers/{id}/redeemables?filters[...]: the conditions and the junction on the listed redeemables. */
@EmulatorTest
class CustomerRedeemableFiltersApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String springCampaign;
    List<String> spring = new ArrayList<>();
    String gift;

    /** Alice holds two codes of a discount campaign and one of a gift card campaign. */
    @BeforeEach
    void publishThreeCodesToAlice() {
        api = ApiClient.forProject(port, "customer-redeemable-filters-" + UUID.randomUUID());
        springCampaign = ok(api.post("/v1/campaigns", Map.of("name", "Spring", "type", "AUTO_UPDATE",
                "campaign_type", "DISCOUNT_COUPONS", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 1000))))).get("id").asString();
        ok(api.post("/v1/campaigns", Map.of("name", "Gifts", "type", "AUTO_UPDATE", "campaign_type", "GIFT_VOUCHERS",
                "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000)))));
        for (int i = 0; i < 2; i++) {
            spring.add(ok(api.post("/v1/publications", Map.of("campaign", "Spring",
                    "customer", Map.of("source_id", "alice")))).get("voucher").get("id").asString());
        }
        gift = ok(api.post("/v1/publications", Map.of("campaign", "Gifts", "customer", Map.of("source_id", "alice"))))
                .get("voucher").get("id").asString();
    }

    @Test
    void narrowsByCampaignVoucherTypeAndRedeemable() {
        assertThat(redeemableIds("filters[campaign_type][conditions][$is]=GIFT_VOUCHERS")).containsExactly(gift);
        assertThat(redeemableIds("filters[voucher_type][conditions][$in][0]=DISCOUNT_VOUCHER"))
                .containsExactlyInAnyOrderElementsOf(spring);
        assertThat(redeemableIds("filters[campaign_id][conditions][$is_not]=" + springCampaign)).containsExactly(gift);
        assertThat(redeemableIds("filters[redeemable_id][conditions][$is]=" + spring.get(0)))
                .containsExactly(spring.get(0));
        assertThat(redeemableIds("filters[redeemable_object][conditions][$is]=voucher")).hasSize(3);
        assertThat(redeemableIds("filters[holder_role][conditions][$in]=REFEREE,REFERRER")).isEmpty();
        assertThat(redeemableIds("filters[created_at][conditions][$less_than]=1")).hasSize(3);
        assertThat(redeemableIds("filters[created_at][conditions][$before]=2020-01-01")).isEmpty();
    }

    @Test
    void joinsFieldsWithTheJunction() {
        String pair = "filters[campaign_type][conditions][$is]=GIFT_VOUCHERS"
                + "&filters[redeemable_id][conditions][$is]=" + spring.get(1);
        assertThat(redeemableIds(pair)).isEmpty();
        assertThat(redeemableIds(pair + "&filters[junction]=AND")).isEmpty();
        assertThat(redeemableIds(pair + "&filters[junction]=OR")).containsExactlyInAnyOrder(gift, spring.get(1));
        JsonNode page = ok(api.get("/v1/customers/alice/redeemables?limit=1&filters[voucher_type][conditions][$is]="
                + "DISCOUNT_VOUCHER"));
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("has_more").asBoolean()).isTrue();
    }

    @Test
    void rejectsUnknownFieldsAndOperators() {
        for (String query : List.of("filters[customer_id][conditions][$is]=x",
                "filters[holder_role][conditions][$contains]=OWN",
                "filters[created_at][conditions][$after]=soon",
                "filters[junction]=NOR&filters[holder_role][conditions][$is]=OWNER")) {
            ApiResponse response = api.get("/v1/customers/alice/redeemables?" + query);
            assertThat(response.status()).as(query + ": " + response.text()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_query_params");
        }
    }

    private List<String> redeemableIds(String query) {
        JsonNode list = ok(api.get("/v1/customers/alice/redeemables?limit=100&" + query));
        List<String> ids = new ArrayList<>();
        list.get("data").forEach(r -> ids.add(r.get("redeemable_id").asString()));
        assertThat(list.get("total").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
