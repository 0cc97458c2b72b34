package dev.voucheremulator.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The filters of a program's and a card's transaction lists, and their junction. */
@EmulatorTest
class LoyaltyTransactionFiltersApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;
    String programId;
    String alice;
    String bob;
    String aliceAdded;
    String bobAdded;
    String aliceRemoved;

    /** Alice gets 50 points on day 1 and loses 20 on day 3; Bob gets 30 on day 2. */
    @BeforeEach
    void twoMembersWithPoints() {
        api = ApiClient.forProject(port, "loyalty-tx-filters-" + UUID.randomUUID());
        clock.set(Instant.parse("2025-03-01T10:00:00Z"));
        programId = ok(api.post("/v1/loyalties", Map.of("name", "Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0))))).get("id").asString();
        alice = ok(api.post(members(), Map.of("customer", "alice"))).get("code").asString();
        bob = ok(api.post(members(), Map.of("customer", "bob"))).get("code").asString();
        aliceAdded = balance(alice, 50);
        clock.set(Instant.parse("2025-03-02T10:00:00Z"));
        bobAdded = balance(bob, 30);
        clock.set(Instant.parse("2025-03-03T10:00:00Z"));
        aliceRemoved = balance(alice, -20);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void narrowsAProgramsTransactionsByCardAndId() {
        String program = "/v1/loyalties/" + programId + "/transactions?";
        assertThat(ids(program)).containsExactly(aliceRemoved, bobAdded, aliceAdded);
        String bobCard = ok(api.get("/v1/vouchers/" + bob)).get("id").asString();
        assertThat(ids(program + "filters[voucher_id][conditions][$is]=" + bobCard)).containsExactly(bobAdded);
        assertThat(ids(program + "filters[voucher_id][conditions][$not_in][0]=" + bobCard))
                .containsExactly(aliceRemoved, aliceAdded);
        assertThat(ids(program + "filters[id][conditions][$in][0]=" + aliceAdded + "&filters[id][conditions][$in][1]="
                + bobAdded + "&order=created_at")).containsExactly(aliceAdded, bobAdded);
        assertThat(ids(program + "filters[junction]=OR&filters[voucher_id][conditions][$is]=" + bobCard
                + "&filters[id][conditions][$is]=" + aliceRemoved)).containsExactly(aliceRemoved, bobAdded);
        assertThat(ids(program + "filters[junction]=AND&filters[voucher_id][conditions][$is]=" + bobCard
                + "&filters[id][conditions][$is]=" + aliceRemoved)).isEmpty();
    }

    @Test
    void narrowsACardsTransactionsByDateAndId() {
        for (String card : List.of(members() + "/" + alice + "/transactions?",
                "/v1/loyalties/members/" + alice + "/transactions?")) {
            assertThat(ids(card)).containsExactly(aliceRemoved, aliceAdded);
            assertThat(ids(card + "filters[created_at][conditions][$after]=2025-03-02")).containsExactly(aliceRemoved);
            assertThat(ids(card + "filters[created_at][conditions][$before]=2025-03-02")).containsExactly(aliceAdded);
            assertThat(ids(card + "filters[created_at][conditions][$more_than]=1")).containsExactly(aliceAdded);
            assertThat(ids(card + "filters[junction]=or&filters[created_at][conditions][$after]=2025-03-02"
                    + "&filters[id][conditions][$is]=" + aliceAdded)).containsExactly(aliceRemoved, aliceAdded);
            assertThat(ids(card + "filters[created_at][conditions][$after]=2025-03-02"
                    + "&filters[id][conditions][$is]=" + aliceAdded)).isEmpty();
        }
    }

    @Test
    void rejectsFieldsTheListDoesNotTake() {
        for (String query : List.of("/v1/loyalties/" + programId + "/transactions?filters[created_at][conditions][$after]=2025-03-02",
                members() + "/" + alice + "/transactions?filters[voucher_id][conditions][$is]=v_1",
                "/v1/loyalties/members/" + alice + "/transactions?filters[id][conditions][$after]=x",
                "/v1/loyalties/members/" + alice + "/transactions?filters[created_at][conditions][$after]=someday")) {
            ApiResponse response = api.get(query);
            assertThat(response.status()).as(query + ": " + response.text()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_query_params");
        }
    }

    private String balance(String code, long points) {
        ok(api.post(members() + "/" + code + "/balance", Map.of("points", points)));
        return ok(api.get(members() + "/" + code + "/transactions?limit=1")).get("data").get(0).get("id").asString();
    }

    private String members() {
        return "/v1/loyalties/" + programId + "/members";
    }

    private List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        ok(api.get(path + "&limit=100")).get("data").forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
