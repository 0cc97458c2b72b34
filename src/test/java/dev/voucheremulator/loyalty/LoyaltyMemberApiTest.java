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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Members of a loyalty program, their points, expiry by the clock, transactions and the summary. */
@EmulatorTest
class LoyaltyMemberApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;
    String programId;

    @BeforeEach
    void program() {
        api = ApiClient.forProject(port, "members-" + UUID.randomUUID());
        clock.set(Instant.parse("2025-01-10T10:00:00Z"));
        programId = ok(api.post("/v1/loyalties", Map.of("name", "Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100,
                        "expiration_rules", Map.of("period_type", "MONTH", "period_value", 1,
                                "rounding_type", "END_OF_MONTH")),
                        "code_config", Map.of("length", 8, "prefix", "LC-"))))).get("id").asString();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void pointsAddedSubtractedAndExpiredAddUpEverywhere() {
        JsonNode alice = ok(api.post(members(), Map.of("customer", Map.of("source_id", "alice"),
                "metadata", Map.of("tier", "gold"), "channel", "shop")));
        String code = alice.get("code").asString();
        assertThat(code).startsWith("LC-");
        assertThat(alice.get("type").asString()).isEqualTo("LOYALTY_CARD");
        assertThat(alice.get("holder_id").asString()).startsWith("cust_");
        assertThat(alice.get("loyalty_card").get("balance").asLong()).isEqualTo(100);
        JsonNode bob = ok(api.post(members(), Map.of("customer", "bob")));
        // join_once: a member joining again gets the same card
        assertThat(ok(api.post(members(), Map.of("customer", "alice"))).get("code").asString()).isEqualTo(code);

        JsonNode added = ok(api.post(members() + "/" + code + "/balance",
                Map.of("points", 50, "reason", "welcome", "source_id", "crm-1")));
        assertThat(added.get("points").asLong()).isEqualTo(50);
        assertThat(added.get("balance").asLong()).isEqualTo(150);
        assertThat(added.get("total").asLong()).isEqualTo(150);
        assertThat(added.get("object").asString()).isEqualTo("balance");
        assertThat(added.get("related_object").get("id").asString()).isEqualTo(alice.get("id").asString());

        clock.set(Instant.parse("2025-02-05T09:00:00Z"));
        ok(api.post("/v1/loyalties/members/" + alice.get("id").asString() + "/balance", Map.of("points", 30)));
        clock.set(Instant.parse("2025-02-10T09:00:00Z"));
        JsonNode subtracted = ok(api.post(members() + "/" + code + "/balance", Map.of("points", -20)));
        assertThat(subtracted.get("balance").asLong()).isEqualTo(160);

        JsonNode card = ok(api.get(members() + "/" + code)).get("loyalty_card");
        // the 50 added on 10 Jan last until the end of February; the 20 were taken from them
        assertThat(card.get("next_expiration_date").asString()).isEqualTo("2025-02-28");
        assertThat(card.get("next_expiration_points").asLong()).isEqualTo(30);
        assertThat(card.get("subtracted_points").asLong()).isEqualTo(20);

        clock.set(Instant.parse("2025-03-01T00:00:01Z"));
        card = ok(api.get(members() + "/" + code)).get("loyalty_card");
        assertThat(card.get("points").asLong()).isEqualTo(180);
        assertThat(card.get("balance").asLong()).isEqualTo(130);
        assertThat(card.get("expired_points").asLong()).isEqualTo(30);
        assertThat(card.get("next_expiration_date").asString()).isEqualTo("2025-03-31");
        assertThat(card.get("next_expiration_points").asLong()).isEqualTo(30);

        JsonNode transactions = ok(api.get(members() + "/" + code + "/transactions"));
        assertThat(transactions.get("data_ref").asString()).isEqualTo("data");
        assertThat(types(transactions)).containsExactly("POINTS_EXPIRATION", "POINTS_REMOVAL", "POINTS_ADDITION",
                "POINTS_ADDITION");
        JsonNode expiration = transactions.get("data").get(0);
        assertThat(expiration.get("id").asString()).matches("vtx_0[0-9a-f]{17}");
        assertThat(expiration.get("created_at").asString()).isEqualTo("2025-03-01T00:00:00.000Z");
        assertThat(expiration.get("details").get("balance").get("points").asLong()).isEqualTo(-30);
        assertThat(expiration.get("details").get("balance").get("balance").asLong()).isEqualTo(130);
        assertThat(expiration.get("details").get("balance").get("operation_type").asString()).isEqualTo("AUTOMATIC");
        JsonNode first = transactions.get("data").get(3);
        assertThat(first.get("reason").asString()).isEqualTo("welcome");
        assertThat(first.get("source_id").asString()).isEqualTo("crm-1");
        assertThat(first.get("details").get("balance").get("balance").asLong()).isEqualTo(150);

        JsonNode page = ok(api.get("/v1/loyalties/" + programId + "/transactions?limit=3"));
        assertThat(page.get("has_more").asBoolean()).isTrue();
        JsonNode rest = ok(api.get("/v1/loyalties/" + programId + "/transactions?limit=3&starting_after_id="
                + page.get("more_starting_after").asString()));
        assertThat(types(rest)).containsExactly("POINTS_ADDITION");
        assertThat(rest.get("has_more").asBoolean()).isFalse();

        JsonNode list = ok(api.get(members()));
        assertThat(list.get("data_ref").asString()).isEqualTo("vouchers");
        assertThat(list.get("total").asInt()).isEqualTo(2);

        JsonNode summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("created_vouchers_points").asLong()).isEqualTo(200);
        assertThat(summary.get("points_added").asLong()).isEqualTo(80);
        assertThat(summary.get("points_subtracted").asLong()).isEqualTo(20);
        assertThat(summary.get("points_expired").asLong()).isEqualTo(30);
        assertThat(summary.get("publications").asLong()).isEqualTo(2);

        // the 30 added in February expire with March; the summary sees it without any card being read
        clock.set(Instant.parse("2025-04-02T00:00:00Z"));
        summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("points_expired").asLong()).isEqualTo(60);
        assertThat(ok(api.get(members() + "/" + code)).get("loyalty_card").get("balance").asLong()).isEqualTo(100);
        assertThat(ok(api.get(members() + "/" + bob.get("code").asString())).get("loyalty_card").get("balance")
                .asLong()).isEqualTo(100);
    }

    @Test
    void badBalanceChangesAreRefusedAndChangeNothing() {
        String code = ok(api.post(members(), Map.of("customer", Map.of("source_id", "carol")))).get("code").asString();
        String balance = members() + "/" + code + "/balance";

        assertError(api.post(balance, Map.of("points", -101)), 400, "loyalty_card_points_exceeded");
        assertError(api.post(balance, Map.of("points", 0)), 400, "invalid_amount");
        assertError(api.post(balance, Map.of("points", 1.5)), 400, "invalid_payload");
        assertError(api.post(balance, Map.of("points", "ten")), 400, "invalid_payload");
        assertError(api.post(balance, Map.of()), 400, "invalid_payload");
        assertError(api.post(balance, Map.of("points", 5, "expiration_type", "CUSTOM_DATE",
                "expiration_date", "2024-01-01")), 400, "invalid_expiration_date");
        assertError(api.post(members() + "/LC-NOPE/balance", Map.of("points", 5)), 404, "not_found");
        assertError(api.post("/v1/loyalties/camp_unknown/members/" + code + "/balance", Map.of("points", 5)), 404,
                "not_found");
        String coupons = ok(api.post("/v1/campaigns", Map.of("name", "Coupons", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();
        assertError(api.post("/v1/loyalties/" + coupons + "/members", Map.of("customer", "dave")), 404, "not_found");
        assertError(api.get("/v1/loyalties/" + coupons + "/members/" + code), 404, "not_found");
        assertError(api.get(members() + "/LC-NOPE"), 404, "not_found");
        assertError(api.post(members(), Map.of("voucher", "LC-NOPE", "customer", "dave")), 404, "not_found");
        assertError(api.post(members(), Map.of("channel", "shop")), 400, "invalid_payload");

        JsonNode card = ok(api.get(members() + "/" + code)).get("loyalty_card");
        assertThat(card.get("balance").asLong()).isEqualTo(100);
        assertThat(ok(api.get(members() + "/" + code + "/transactions")).get("data")).isEmpty();
        JsonNode summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("points_added").asLong()).isZero();
        assertThat(summary.get("points_subtracted").asLong()).isZero();
    }

    @Test
    void concurrentBalanceChangesAreAllKept() throws Exception {
        String code = ok(api.post(members(), Map.of("customer", "erin"))).get("code").asString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ApiResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int points = i % 2 == 0 ? 7 : -3;
                calls.add(() -> api.post(members() + "/" + code + "/balance", Map.of("points", points)));
            }
            for (Future<ApiResponse> result : pool.invokeAll(calls)) {
                assertThat(result.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        JsonNode card = ok(api.get(members() + "/" + code)).get("loyalty_card");
        assertThat(card.get("balance").asLong()).isEqualTo(100 + 8 * 7 - 8 * 3);
        assertThat(ok(api.get(members() + "/" + code + "/transactions?limit=100")).get("data")).hasSize(16);
    }

    private String members() {
        return "/v1/loyalties/" + programId + "/members";
    }

    private static List<String> types(JsonNode list) {
        List<String> types = new ArrayList<>();
        list.get("data").forEach(t -> types.add(t.get("type").asString()));
        return types;
    }

    private static void assertError(ApiResponse response, int status, String key) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.body().get("key").asString()).isEqualTo(key);
        assertThat(response.body().get("request_id").asString()).startsWith("v-");
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
