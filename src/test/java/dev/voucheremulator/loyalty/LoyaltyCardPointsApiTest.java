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

/** Points moving between cards, points on hold (pending), what a member's activity tells, tiers by period. */
@EmulatorTest
class LoyaltyCardPointsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;
    String programId;
    String alice;
    String bob;

    @BeforeEach
    void twoMembers() {
        api = ApiClient.forProject(port, "card-points-" + UUID.randomUUID());
        clock.set(Instant.parse("2025-03-10T10:00:00Z"));
        programId = ok(api.post("/v1/loyalties", Map.of("name", "Points", "voucher", Map.of("type", "LOYALTY_CARD",
                "loyalty_card", Map.of("points", 100, "expiration_rules", Map.of("period_type", "MONTH",
                        "period_value", 6, "rounding_type", "END_OF_MONTH")))))).get("id").asString();
        alice = ok(api.post(members(), Map.of("customer", Map.of("source_id", "alice")))).get("code").asString();
        bob = ok(api.post(members(), Map.of("customer", Map.of("source_id", "bob")))).get("code").asString();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTransferMovesPointsWithATransactionOnEachCard() {
        JsonNode destination = ok(api.post(members() + "/" + bob + "/transfers",
                List.of(Map.of("code", alice, "points", 30, "reason", "gift", "source_id", "tr-1"))));
        assertThat(destination.get("code").asString()).isEqualTo(bob);
        assertThat(destination.get("loyalty_card").get("balance").asLong()).isEqualTo(130);
        assertThat(destination.get("loyalty_card").get("points").asLong()).isEqualTo(130);
        assertThat(destination.get("loyalty_card").get("next_expiration_date").asString())
                .as("by the program's rules").isEqualTo("2025-09-30");
        JsonNode source = ok(api.get(members() + "/" + alice));
        assertThat(source.get("loyalty_card").get("balance").asLong()).isEqualTo(70);
        assertThat(source.get("loyalty_card").get("points").asLong()).isEqualTo(70);

        JsonNode out = ok(api.get(members() + "/" + alice + "/transactions")).get("data").get(0);
        JsonNode in = ok(api.get(members() + "/" + bob + "/transactions")).get("data").get(0);
        assertThat(out.get("type").asString()).isEqualTo("POINTS_TRANSFER_OUT");
        assertThat(out.get("details").get("balance").get("points").asLong()).isEqualTo(-30);
        assertThat(out.get("details").get("balance").get("balance").asLong()).isEqualTo(70);
        assertThat(out.get("details").get("destination_voucher").get("code").asString()).isEqualTo(bob);
        assertThat(out.get("reason").asString()).isEqualTo("gift");
        assertThat(out.get("source_id").asString()).isEqualTo("tr-1");
        assertThat(in.get("type").asString()).isEqualTo("POINTS_TRANSFER_IN");
        assertThat(in.get("details").get("balance").get("points").asLong()).isEqualTo(30);
        assertThat(in.get("details").get("source_voucher").get("code").asString()).isEqualTo(alice);
        assertThat(out.get("related_transaction_id").asString()).isEqualTo(in.get("id").asString());
        assertThat(in.get("related_transaction_id").asString()).isEqualTo(out.get("id").asString());

        JsonNode expiring = ok(api.get(members() + "/" + bob + "/points-expiration?limit=10&page=1"));
        assertThat(expiring.get("total").asInt()).isEqualTo(1);
        JsonNode bucket = expiring.get("data").get(0);
        assertThat(bucket.get("bucket").get("total_points").asLong()).isEqualTo(30);
        assertThat(bucket.get("expires_at").asString()).isEqualTo("2025-09-30");
        assertThat(bucket.get("id").asString()).startsWith("lopb_");
        assertThat(bucket.get("object").asString()).isEqualTo("loyalty_points_bucket");

        JsonNode summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("points_transferred_out").asLong()).isEqualTo(30);
        assertThat(summary.get("points_transferred_in").asLong()).isEqualTo(30);
    }

    @Test
    void aTransferBeyondTheBalanceOrFromAnUnpublishedCardChangesNothing() {
        ApiResponse tooMany = api.post(members() + "/" + bob + "/transfers",
                List.of(Map.of("code", alice, "points", 60), Map.of("code", alice, "points", 60)));
        assertThat(tooMany.status()).as(tooMany.text()).isEqualTo(400);
        assertThat(tooMany.body().get("key").asString()).isEqualTo("loyalty_card_points_exceeded");
        String unpublished = ok(api.post("/v1/campaigns/" + programId + "/vouchers", Map.of())).get("code")
                .asString();
        ApiResponse noHolder = api.post(members() + "/" + bob + "/transfers",
                List.of(Map.of("code", unpublished, "points", 10)));
        assertThat(noHolder.status()).as(noHolder.text()).isEqualTo(400);

        assertThat(ok(api.get(members() + "/" + alice)).get("loyalty_card").get("balance").asLong()).isEqualTo(100);
        assertThat(ok(api.get(members() + "/" + bob)).get("loyalty_card").get("balance").asLong()).isEqualTo(100);
        assertThat(ok(api.get(members() + "/" + alice + "/transactions")).get("data").size()).isZero();
    }

    @Test
    void pendingPointsWaitTheirDaysAndAreActivatedAdjustedOrCancelled() {
        ok(api.post("/v1/loyalties/" + programId + "/earning-rules", List.of(Map.of("event", "order.paid",
                "loyalty", Map.of("type", "FIXED", "points", 10), "source", Map.of("banner", "Orders"),
                "pending_points", Map.of("period_type", "DAY", "period_value", 3)))));
        paidOrder();
        paidOrder();
        paidOrder();

        JsonNode card = ok(api.get("/v1/loyalties/members/" + alice));
        assertThat(card.get("loyalty_card").get("balance").asLong()).as("not yet").isEqualTo(100);
        assertThat(card.get("loyalty_card").get("pending_points").asLong()).isEqualTo(30);
        JsonNode campaignList = ok(api.get("/v1/loyalties/" + programId + "/pending-points"));
        assertThat(campaignList.get("data").size()).isEqualTo(3);
        JsonNode entry = campaignList.get("data").get(0);
        assertThat(entry.get("id").asString()).startsWith("lopp_");
        assertThat(entry.get("points").asLong()).isEqualTo(10);
        assertThat(entry.get("activates_at").asString()).isEqualTo("2025-03-13");
        assertThat(entry.get("voucher_id").asString()).isEqualTo(card.get("id").asString());
        assertThat(entry.get("order_id").asString()).startsWith("ord_");
        assertThat(entry.get("details").get("earning_rule").get("source").get("banner").asString()).isEqualTo("Orders");
        JsonNode page = ok(api.get(members() + "/" + alice + "/pending-points?limit=2&order=id"));
        assertThat(page.get("has_more").asBoolean()).isTrue();
        JsonNode rest = ok(api.get("/v1/loyalties/members/" + alice + "/pending-points?limit=2&order=id"
                + "&starting_after_id=" + page.get("more_starting_after").asString()));
        assertThat(rest.get("data").size()).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        page.get("data").forEach(p -> ids.add(p.get("id").asString()));
        ids.add(rest.get("data").get(0).get("id").asString());

        JsonNode adjusted = ok(api.post(pending(ids.get(0)) + "/balance", Map.of("points", 5)));
        assertThat(adjusted.get("points").asLong()).isEqualTo(5);
        assertThat(adjusted.get("total").asLong()).isEqualTo(15);
        JsonNode activated = ok(api.post(pending(ids.get(0)) + "/activate", null));
        assertThat(activated.get("points").asLong()).isEqualTo(15);
        assertThat(activated.get("balance").asLong()).isEqualTo(115);
        assertThat(api.post(pending(ids.get(1)) + "/cancel", null).status()).isEqualTo(204);
        assertThat(api.post(pending(ids.get(1)) + "/activate", null).status()).isEqualTo(404);
        card = ok(api.get("/v1/loyalties/members/" + alice));
        assertThat(card.get("loyalty_card").get("pending_points").asLong()).isEqualTo(10);

        clock.set(Instant.parse("2025-03-13T00:30:00Z"));
        card = ok(api.get("/v1/loyalties/members/" + alice));
        assertThat(card.get("loyalty_card").get("balance").asLong()).as("the last one came due").isEqualTo(125);
        assertThat(card.get("loyalty_card").get("pending_points").asLong()).isZero();
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/pending-points")).get("data").size()).isZero();
        JsonNode activation = ok(api.get("/v1/loyalties/members/" + alice + "/transactions")).get("data").get(0);
        assertThat(activation.get("type").asString()).isEqualTo("PENDING_POINTS_ACTIVATION");
        assertThat(activation.get("details").get("pending_points").get("id").asString()).isEqualTo(ids.get(2));

        JsonNode summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("pending_points_added").asLong()).isEqualTo(35);
        assertThat(summary.get("pending_points_activated").asLong()).isEqualTo(25);
        assertThat(summary.get("pending_points_canceled").asLong()).isEqualTo(10);

        List<String> types = new ArrayList<>();
        ok(api.get(members() + "/" + alice + "/activity?limit=100&order=created_at")).get("data")
                .forEach(a -> types.add(a.get("type").asString()));
        assertThat(types).containsExactly(
                "customer.voucher.loyalty_card.pending_points.added",
                "customer.voucher.loyalty_card.pending_points.added",
                "customer.voucher.loyalty_card.pending_points.added",
                "customer.voucher.loyalty_card.pending_points.activated",
                "customer.voucher.loyalty_card.pending_points.canceled",
                "customer.voucher.loyalty_card.pending_points.activated");
        JsonNode newest = ok(api.get("/v1/loyalties/members/" + alice + "/activity?limit=1"));
        assertThat(newest.get("has_more").asBoolean()).isTrue();
        assertThat(newest.get("data").get(0).get("data").get("voucher").get("code").asString()).isEqualTo(alice);
    }

    @Test
    void aTierByPointsInAPeriodCountsOnlyWhatThisPeriodBrought() {
        ok(api.put("/v1/loyalties/" + programId, Map.of("loyalty_tiers_expiration",
                Map.of("qualification_type", "POINTS_IN_PERIOD", "qualification_period", "QUARTER"))));
        ok(api.post("/v1/loyalties/" + programId + "/tiers", List.of(
                Map.of("name", "Starter", "points", Map.of("from", 0, "to", 49)),
                Map.of("name", "Gold", "points", Map.of("from", 50)))));
        assertThat(tierOf(alice)).as("starting points were not gained this quarter").isEqualTo("Starter");
        clock.set(Instant.parse("2025-03-20T10:00:00Z"));
        ok(api.post(members() + "/" + alice + "/balance", Map.of("points", 60)));
        assertThat(tierOf(alice)).isEqualTo("Gold");
        clock.set(Instant.parse("2025-04-02T10:00:00Z"));
        assertThat(tierOf(alice)).as("a new quarter").isEqualTo("Starter");
    }

    private String tierOf(String code) {
        return ok(api.get("/v1/loyalties/members/" + code + "/tiers")).get("data").get(0).get("name").asString();
    }

    private void paidOrder() {
        ok(api.post("/v1/orders", Map.of("status", "PAID", "amount", 1000, "customer", Map.of("source_id", "alice"))));
    }

    private String pending(String id) {
        return "/v1/loyalties/members/" + alice + "/pending-points/" + id;
    }

    private String members() {
        return "/v1/loyalties/" + programId + "/members";
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
