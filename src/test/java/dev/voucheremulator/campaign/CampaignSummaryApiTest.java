package dev.voucheremulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class CampaignSummaryApiTest {

    private static final List<String> BASE = List.of("redemptions", "redemptions_succeeded", "redemptions_failed",
            "rollbacks", "rollbacks_succeeded", "rollbacks_failed", "validations", "validations_succeeded",
            "validations_failed", "orders_amount", "orders_rolledback_amount");
    private static final List<String> VOUCHERS = List.of("vouchers_created", "vouchers_deleted", "publications",
            "publications_succeeded", "publications_failed");
    private static final List<String> DISCOUNTS = List.of("discounted_amount", "rolledback_discounted_amount");
    private static final List<String> GIFT = List.of("created_vouchers_amount", "amount_added", "amount_deleted",
            "amount_redeemed", "amount_rolledback", "amount_subtracted");
    private static final List<String> LOYALTY = List.of("created_vouchers_points", "points_deleted",
            "points_subtracted", "points_added", "points_rewarded", "points_redeemed", "points_rolledback",
            "points_expired", "points_transferred_out", "points_transferred_in", "pending_points_added",
            "pending_points_subtracted", "pending_points_activated", "pending_points_canceled");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    TransactionTemplate transactions;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "summary-" + UUID.randomUUID());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void discountSummaryCountsVoucherCreationsPublicationsAndDeletions() {
        JsonNode campaign = create(Map.of("name", "Summer-2025", "type", "STATIC", "vouchers_count", 3,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 2000, "effect", "APPLY_TO_ORDER"))));
        ok(api.post("/v1/campaigns/Summer-2025/vouchers?vouchers_count=2", Map.of()), 202);
        ok(api.post("/v1/campaigns/Summer-2025/vouchers/SUMMER-VIP", Map.of()), 200);
        ok(api.post("/v1/vouchers", Map.of("campaign", "Summer-2025")), 200);
        for (int i = 0; i < 6; i++) { // 7 vouchers: 6 publications succeed
            ok(api.post("/v1/publications", Map.of("campaign", "Summer-2025",
                    "customer", Map.of("source_id", "c" + i))), 200);
        }
        ok(api.delete("/v1/vouchers/SUMMER-VIP"), 204);
        // one free voucher is left: the second of these two is refused
        ok(api.post("/v1/publications", Map.of("campaign", "Summer-2025", "customer", Map.of("source_id", "x"))), 200);
        ok(api.post("/v1/publications", Map.of("campaign", "Summer-2025", "customer", Map.of("source_id", "y"))), 400);

        JsonNode summary = summary("Summer-2025", "");
        assertVariant(summary, BASE, VOUCHERS, DISCOUNTS);
        assertThat(summary.get("object").asString()).isEqualTo("campaign_summary");
        assertThat(summary.get("campaign").get("id").asString()).isEqualTo(campaign.get("id").asString());
        assertThat(summary.get("campaign").get("categories")).isEmpty();
        assertThat(summary.get("campaign").get("object").asString()).isEqualTo("campaign");
        assertThat(summary.get("campaign").get("vouchers_count").asInt()).isEqualTo(6);
        assertThat(summary.get("campaign").has("validation_rules_assignments")).isFalse();
        assertCounters(summary, Map.of("vouchers_created", 7, "vouchers_deleted", 1, "publications", 8,
                "publications_succeeded", 7, "publications_failed", 1, "redemptions", 0, "discounted_amount", 0));
    }

    @Test
    void giftSummaryCountsCreatedAndDeletedCredits() {
        create(Map.of("name", "Gift cards", "campaign_type", "GIFT_VOUCHERS", "vouchers_count", 2,
                "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000))));
        ok(api.post("/v1/campaigns/Gift%20cards/vouchers/GIFT-1", Map.of()), 200);
        ok(api.delete("/v1/vouchers/GIFT-1?force=true"), 204);

        JsonNode summary = summary("Gift%20cards", "");
        assertVariant(summary, BASE, VOUCHERS, GIFT);
        assertCounters(summary, Map.of("vouchers_created", 3, "vouchers_deleted", 1,
                "created_vouchers_amount", 15000, "amount_deleted", 5000, "amount_redeemed", 0));
    }

    @Test
    void loyaltySummaryCountsCreatedAndDeletedPoints() {
        create(Map.of("name", "Loyalty", "campaign_type", "LOYALTY_PROGRAM", "vouchers_count", 3,
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100))));
        String code = ok(api.get("/v1/vouchers?campaign=Loyalty&limit=1"), 200).get("vouchers").get(0)
                .get("code").asString();
        ok(api.delete("/v1/vouchers/" + code), 204);
        ok(api.post("/v1/publications", Map.of("campaign", "Loyalty", "customer", Map.of("source_id", "member"))),
                200);

        JsonNode summary = summary("Loyalty", "");
        assertVariant(summary, BASE, VOUCHERS, LOYALTY);
        assertCounters(summary, Map.of("vouchers_created", 3, "vouchers_deleted", 1,
                "created_vouchers_points", 300, "points_deleted", 100, "publications_succeeded", 1,
                "points_expired", 0));
    }

    @Test
    void promotionSummaryHasNoVoucherCounters() {
        create(Map.of("name", "Promo", "campaign_type", "PROMOTION", "promotion", Map.of("tiers", List.of(
                Map.of("name", "10% off", "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10)))))));
        JsonNode summary = summary("Promo", "");
        assertVariant(summary, BASE, DISCOUNTS);
        assertThat(summary.get("campaign").has("voucher")).isFalse();
    }

    @Test
    void referralSummaryCountsDistinctReferredCustomers() {
        JsonNode campaign = create(Map.of("name", "Referral", "campaign_type", "REFERRAL_PROGRAM",
                "vouchers_count", 1, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10)),
                "referral_program", Map.of("conversion_event_type", "redemption")));
        String id = campaign.get("id").asString();
        Instant at = Instant.parse("2030-05-01T12:00:00Z");
        transactions.executeWithoutResult(status -> {
            analytics.referralConverted("p", id, "cust_one", at);
            analytics.referralConverted("p", id, "cust_one", at.plusSeconds(60));
            analytics.referralConverted("p", id, "cust_two", at.plusSeconds(86_400));
        });

        JsonNode summary = summary("Referral", "");
        assertVariant(summary, BASE, VOUCHERS, List.of("referred_customers"));
        assertCounters(summary, Map.of("referred_customers", 2, "vouchers_created", 1));
        assertCounters(summary("Referral", "?start_date=2030-05-02"), Map.of("referred_customers", 1));
        assertCounters(summary("Referral", "?end_date=2030-05-01"), Map.of("referred_customers", 1));
    }

    @Test
    void startAndEndDateNarrowTheCounts() {
        clock.set(Instant.parse("2030-01-01T10:15:00Z"));
        create(Map.of("name", "Windowed", "type", "AUTO_UPDATE", "vouchers_count", 2,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 100))));
        clock.set(Instant.parse("2030-01-02T00:00:00Z"));
        ok(api.post("/v1/campaigns/Windowed/vouchers", Map.of()), 200);
        clock.set(Instant.parse("2030-01-02T09:00:00.500Z"));
        ok(api.post("/v1/campaigns/Windowed/vouchers?vouchers_count=3", Map.of()), 202);
        clock.set(Instant.parse("2030-01-03T23:59:59.999Z"));
        ok(api.post("/v1/campaigns/Windowed/vouchers?vouchers_count=4", Map.of()), 202);

        assertThat(created("")).isEqualTo(10);
        assertThat(created("?start_date=2030-01-02")).isEqualTo(8);
        assertThat(created("?end_date=2030-01-02")).isEqualTo(6);
        assertThat(created("?start_date=2030-01-02&end_date=2030-01-02")).isEqualTo(4);
        assertThat(created("?start_date=2030-01-03&end_date=2030-01-03")).isEqualTo(4);
        assertThat(created("?start_date=2030-01-04")).isZero();
        assertThat(created("?end_date=2029-12-31")).isZero();
        // date-times: both ends inclusive, to the millisecond
        assertThat(created("?start_date=" + enc("2030-01-01T10:15:00.000Z") + "&end_date="
                + enc("2030-01-02T00:00:00.000Z"))).isEqualTo(3);
        assertThat(created("?start_date=" + enc("2030-01-01T10:15:00.001Z"))).isEqualTo(8);
        assertThat(created("?start_date=" + enc("2030-01-02T09:00:00.500Z") + "&end_date="
                + enc("2030-01-02T09:00:00.500Z"))).isEqualTo(3);
        assertThat(created("?end_date=" + enc("2030-01-03T23:59:59.998Z"))).isEqualTo(6);
        assertThat(created("?start_date=" + enc("2030-01-02T10:00:00+01:00"))).isEqualTo(7);
    }

    @Test
    void answersNotFoundForAnUnknownCampaignAndBadRequestForABadDate() {
        create(Map.of("name", "Known", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 100))));
        ApiResponse missing = api.get("/v1/campaigns/DOES_NOT_EXIST/summary");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("key").asString()).isEqualTo("not_found");
        assertThat(missing.body().get("resource_type").asString()).isEqualTo("campaign");
        assertThat(missing.body().get("resource_id").asString()).isEqualTo("DOES_NOT_EXIST");
        assertThat(missing.body().get("details").asString()).isEqualTo("Cannot find campaign with id DOES_NOT_EXIST");

        ApiResponse badDate = api.get("/v1/campaigns/Known/summary?start_date=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().get("key").asString()).isEqualTo("invalid_query_params");

        // the summary path does not shadow the campaign itself
        assertThat(api.get("/v1/campaigns/Known").body().get("object").asString()).isEqualTo("campaign");
        assertThat(api.get("/v1/campaigns/summary").status()).isEqualTo(404);
    }

    private long created(String query) {
        return summary("Windowed", query).get("vouchers_created").asLong();
    }

    private JsonNode summary(String campaign, String query) {
        return ok(api.get("/v1/campaigns/" + campaign + "/summary" + query), 200);
    }

    private JsonNode create(Map<String, Object> body) {
        return ok(api.post("/v1/campaigns", body), 200);
    }

    @SafeVarargs
    private static void assertVariant(JsonNode summary, List<String>... groups) {
        List<String> expected = new ArrayList<>(List.of("object", "campaign"));
        for (List<String> group : groups) {
            expected.addAll(group);
        }
        List<String> fields = new ArrayList<>(summary.propertyNames());
        assertThat(fields).containsExactlyInAnyOrderElementsOf(expected);
        for (String field : expected.subList(2, expected.size())) {
            assertThat(summary.get(field).isIntegralNumber()).as(field).isTrue();
        }
    }

    private static void assertCounters(JsonNode summary, Map<String, Integer> expected) {
        expected.forEach((field, value) -> assertThat(summary.get(field).asLong()).as(field).isEqualTo(value.longValue()));
    }

    private static JsonNode ok(ApiResponse response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        return response.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
