package dev.voucheremulator.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A customer's {@code loyalty} and {@code referrals} follow the cards it holds and the referral codes redeemed. */
@EmulatorTest
class CustomerStandingsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "standings-" + UUID.randomUUID());
        clock.set(Instant.parse("2025-01-10T10:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNewCustomerHasNoPointsAndNoReferrals() {
        JsonNode created = ok(api.post("/v1/customers", Map.of("source_id", "nobody")));
        assertThat(created.get("loyalty").toString()).isEqualTo("{\"points\":0,\"referred_customers\":0,\"campaigns\":{}}");
        assertThat(created.get("referrals").toString()).isEqualTo("{\"total\":0,\"campaigns\":[]}");
    }

    @Test
    void loyaltyShowsThePointsOfEveryCardHeldPerProgramWithTheTierAndWithoutExpiredPoints() {
        String points = program("Points", 100);
        String stars = program("Stars", 10);
        JsonNode tiers = ok(api.post("/v1/loyalties/" + points + "/tiers", List.of(
                Map.of("name", "Bronze", "points", Map.of("from", 0, "to", 149)),
                Map.of("name", "Silver", "points", Map.of("from", 150)))));
        String card = ok(api.post("/v1/loyalties/" + points + "/members", Map.of("customer", "alice")))
                .get("code").asString();
        ok(api.post("/v1/loyalties/" + stars + "/members", Map.of("customer", "alice")));
        ok(api.post("/v1/loyalties/" + points + "/members/" + card + "/balance",
                Map.of("points", 60, "expiration_date", "2025-02-28")));

        JsonNode loyalty = ok(api.get("/v1/customers/alice")).get("loyalty");
        assertThat(loyalty.get("points").asLong()).isEqualTo(170);
        assertThat(loyalty.get("referred_customers").asLong()).isZero();
        JsonNode pointsEntry = loyalty.get("campaigns").get("Points");
        assertThat(pointsEntry.get("points").asLong()).isEqualTo(160);
        assertThat(pointsEntry.get("loyalty_tier").asString()).isEqualTo(tiers.get(1).get("id").asString());
        assertThat(pointsEntry.get("referred_customers").asLong()).isZero();
        assertThat(loyalty.get("campaigns").get("Stars").get("points").asLong()).isEqualTo(10);
        assertThat(loyalty.get("campaigns").get("Stars").has("loyalty_tier")).isFalse();

        // the 60 points expire after 28 February: the customer shows it before anything reads the card
        clock.set(Instant.parse("2025-03-01T08:00:00Z"));
        JsonNode listed = ok(api.get("/v1/customers?limit=10")).get("customers").get(0);
        assertThat(listed.get("loyalty").get("points").asLong()).isEqualTo(110);
        assertThat(listed.get("loyalty").get("campaigns").get("Points").get("loyalty_tier").asString())
                .isEqualTo(tiers.get(0).get("id").asString());
        assertThat(ok(api.get("/v1/loyalties/" + points + "/members/" + card)).get("loyalty_card").get("balance")
                .asLong()).isEqualTo(100);
        assertThat(ok(api.get("/v1/customers/alice")).get("loyalty").get("points").asLong()).isEqualTo(110);
        // a customer who holds no card still answers zero
        assertThat(ok(api.put("/v1/customers/alice", Map.of("name", "Alice"))).get("loyalty").get("points")
                .asLong()).isEqualTo(110);
    }

    @Test
    void aFriendWhoRedeemsAReferralCodeIsReferredByItsHolder() {
        String campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Refer", "campaign_type", "REFERRAL_PROGRAM",
                "vouchers_count", 2, "referral_program", Map.of("conversion_event_type", "redemption"),
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();
        String code = ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Refer"),
                "customer", Map.of("source_id", "referrer")))).get("voucher").get("code").asString();
        JsonNode first = ok(api.post("/v1/redemptions", redeem(code, "friend")));
        clock.set(Instant.parse("2025-01-11T10:00:00Z"));
        JsonNode second = ok(api.post("/v1/redemptions", redeem(code, "friend")));
        ok(api.post("/v1/redemptions", redeem(code, "neighbour")));
        ok(api.post("/v1/redemptions/" + second.get("redemptions").get(0).get("id").asString() + "/rollback",
                Map.of()));

        JsonNode friend = ok(api.get("/v1/customers/friend"));
        JsonNode referrals = friend.get("referrals");
        assertThat(referrals.get("total").asLong()).isEqualTo(2);
        JsonNode entry = referrals.get("campaigns").get(0);
        assertThat(entry.get("campaign_id").asString()).isEqualTo(campaignId);
        assertThat(entry.get("referrer_id").asString()).isEqualTo(ok(api.get("/v1/customers/referrer"))
                .get("id").asString());
        assertThat(entry.get("related_object_id").asString())
                .isEqualTo(first.get("redemptions").get(0).get("id").asString());
        assertThat(entry.get("related_object_type").asString()).isEqualTo("redemption");
        assertThat(entry.get("date").asString()).isEqualTo("2025-01-10T10:00:00.000Z");
        assertThat(friend.get("loyalty").get("referred_customers").asLong()).isZero();

        JsonNode referrer = ok(api.get("/v1/customers/referrer"));
        assertThat(referrer.get("loyalty").get("referred_customers").asLong()).isEqualTo(2);
        assertThat(referrer.get("loyalty").get("campaigns").get("Refer").get("referred_customers").asLong())
                .isEqualTo(2);
        assertThat(referrer.get("referrals").get("total").asLong()).isZero();
        assertThat(ok(api.get("/v1/campaigns/" + campaignId + "/summary")).get("referred_customers").asLong())
                .isEqualTo(2);
    }

    @Test
    void aProgramThatConvertsOnACustomEventRefersNobodyByRedemption() {
        ok(api.post("/v1/campaigns", Map.of("name", "Event refer", "campaign_type", "REFERRAL_PROGRAM",
                "vouchers_count", 1, "referral_program", Map.of("conversion_event_type", "custom_event",
                        "custom_event", Map.of("name", "signed_up")),
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
        String code = ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Event refer"),
                "customer", Map.of("source_id", "referrer")))).get("voucher").get("code").asString();
        ok(api.post("/v1/redemptions", redeem(code, "friend")));
        assertThat(ok(api.get("/v1/customers/friend")).get("referrals").get("total").asLong()).isZero();
        assertThat(ok(api.get("/v1/customers/referrer")).get("loyalty").get("referred_customers").asLong()).isZero();
    }

    private String program(String name, int points) {
        return ok(api.post("/v1/loyalties", Map.of("name", name, "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", points)))))
                .get("id").asString();
    }

    private static Map<String, Object> redeem(String code, String customer) {
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "customer", Map.of("source_id", customer), "order", Map.of("amount", 1000));
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 299);
        return response.body();
    }
}
