package dev.voucheremulator.redemption;

import static dev.voucheremulator.redemption.RedemptionApiTest.body;
import static dev.voucheremulator.redemption.RedemptionApiTest.ok;
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

/** GET /v1/redemptions?filters[...]: the deepObject conditions and their junction, as the SDKs send them. */
@EmulatorTest
class RedemptionFiltersApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String alice;
    String bob;
    String failed;
    String rollback;

    /** FILTER-A redeemed by alice; FILTER-B by bob, once more past its quantity, then rolled back. */
    @BeforeEach
    void redeemAndRollBack() {
        api = ApiClient.forProject(port, "redemption-filters-" + UUID.randomUUID());
        ok(api.post("/v1/vouchers/FILTER-A", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))));
        ok(api.post("/v1/vouchers/FILTER-B", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100),
                "redemption", Map.of("quantity", 1))));
        alice = ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("id", "FILTER-A")),
                "customer", Map.of("source_id", "alice")))).get("redemptions").get(0).get("id").asString();
        bob = ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("id", "FILTER-B")),
                "customer", Map.of("source_id", "bob")))).get("redemptions").get(0).get("id").asString();
        ApiResponse refused = api.post("/v1/redemptions", body("FILTER-B", 1_000));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        failed = refused.body().get("resource_id").asString();
        rollback = ok(api.post("/v1/redemptions/" + bob + "/rollback", Map.of())).get("id").asString();
    }

    @Test
    void acceptsTheJavaSdksIndexedListAndNarrowsByVoucherCode() {
        // what RedemptionsTest.listRedemptionsTest sends
        assertThat(ids("filters[voucher_code][conditions][$not_in][0]=123")).hasSize(4);
        assertThat(ids("filters[voucher_code][conditions][$not_in][0]=FILTER-B")).containsExactly(alice);
        assertThat(ids("filters[voucher_code][conditions][$in][0]=FILTER-A&filters[voucher_code][conditions][$in][1]=X"))
                .containsExactly(alice);
        assertThat(ids("filters[voucher_code][conditions][$starts_with]=FILTER-")).hasSize(4);
        assertThat(ids("filters[voucher_code][conditions][$ends_with]=-B")).containsExactly(rollback, failed, bob);
    }

    @Test
    void narrowsByObjectResultFailureCodeAndRelatedObjects() {
        assertThat(ids("filters[object][conditions][$is]=redemption_rollback")).containsExactly(rollback);
        assertThat(ids("filters[result][conditions][$is]=FAILURE")).containsExactly(failed);
        assertThat(ids("filters[result][conditions][$in]=SUCCESS,FAILURE")).hasSize(4);
        assertThat(ids("filters[failure_code][conditions][$is]=quantity_exceeded")).containsExactly(failed);
        assertThat(ids("filters[failure_code][conditions][$is_unknown]=")).containsExactly(rollback, bob, alice);
        String voucherA = ok(api.get("/v1/vouchers/FILTER-A")).get("id").asString();
        assertThat(ids("filters[related_object_id][conditions][$is]=" + voucherA)).containsExactly(alice);
        assertThat(ids("filters[parent_redemption_id][conditions][$has_value]=")).isEmpty();
        assertThat(ids("filters[user_login][conditions][$is_unknown]=")).hasSize(4);
        assertThat(ids("filters[user_login][conditions][$is]=someone@example.com")).isEmpty();
    }

    @Test
    void narrowsByCustomerAndCampaign() {
        String aliceId = ok(api.get("/v1/customers/alice")).get("id").asString();
        assertThat(ids("filters[customer_id][conditions][$is]=" + aliceId)).containsExactly(alice);
        assertThat(ids("filters[customer_id][conditions][$is_not]=" + aliceId)).containsExactly(rollback, failed, bob);
        assertThat(ids("filters[campaign_name][conditions][$has_value]=")).isEmpty();
    }

    @Test
    void joinsFieldsWithTheJunction() {
        String both = "filters[voucher_code][conditions][$is]=FILTER-B&filters[result][conditions][$is]=FAILURE";
        assertThat(ids(both)).containsExactly(failed);
        assertThat(ids(both + "&filters[junction]=AND")).containsExactly(failed);
        assertThat(ids(both + "&filters[junction]=OR")).containsExactly(rollback, failed, bob);
        assertThat(ids("filters[junction]=or&filters[voucher_code][conditions][$is]=FILTER-A"
                + "&filters[object][conditions][$is]=redemption_rollback")).containsExactly(rollback, alice);
        // the plain parameters still apply on top of the filters
        assertThat(ids("result=SUCCESS&filters[voucher_code][conditions][$is]=FILTER-B"))
                .containsExactly(rollback, bob);
        JsonNode page = ok(api.get("/v1/redemptions?limit=1&filters[voucher_code][conditions][$is]=FILTER-B"));
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(page.get("redemptions")).hasSize(1);
    }

    @Test
    void rejectsUnknownFieldsOperatorsAndJunctions() {
        for (String query : List.of("filters[code][conditions][$is]=FILTER-A",
                "filters[voucher_code][conditions][$after]=2024-01-01",
                "filters[voucher_code][$is]=FILTER-A",
                "filters[junction]=XOR&filters[voucher_code][conditions][$is]=FILTER-A",
                "filters=voucher_code")) {
            ApiResponse response = api.get("/v1/redemptions?" + query);
            assertThat(response.status()).as(query + ": " + response.text()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_query_params");
        }
    }

    private List<String> ids(String query) {
        JsonNode list = ok(api.get("/v1/redemptions?" + query));
        List<String> ids = new ArrayList<>();
        list.get("redemptions").forEach(r -> ids.add(r.get("id").asString()));
        assertThat(list.get("total").asInt()).isEqualTo(ids.size());
        return ids;
    }
}
