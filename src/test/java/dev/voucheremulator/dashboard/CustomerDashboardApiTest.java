package dev.voucheremulator.dashboard;

import static dev.voucheremulator.dashboard.DashboardStory.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The customer pages over plain HTTP: a shopper who holds a loyalty card, redeems coupons over two
 * days (one rolled back) and a friend's referral code shows the figures GET /v1/customers/{id} answers,
 * and the activity filter narrows the events as the activity API does.
 */
@EmulatorTest
class CustomerDashboardApiTest {

    private static final Instant DAY_1 = Instant.parse("2026-04-06T10:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-04-07T15:00:00Z");
    private static final Pattern FIGURE = Pattern.compile("data-figure=\"([a-z_.]+)\" data-value=\"(-?\\d+)\"");
    private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    String appId;
    ApiClient api;
    ApiClient browser;
    String couponsId;
    String referralsId;
    String aliceId;
    String card;

    @BeforeEach
    void playStory() {
        appId = "custdash-" + UUID.randomUUID();
        api = ApiClient.forProject(port, appId);
        browser = ApiClient.anonymous(port);
        clock.set(DAY_1);
        couponsId = ok(api.post("/v1/campaigns", Map.of("name", "Shop Coupons", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 3, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 1000))))).get("id").asString();
        String programId = ok(api.post("/v1/loyalties", Map.of("name", "Shop Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 120))))).get("id").asString();
        ok(api.post("/v1/loyalties/" + programId + "/tiers", List.of(
                Map.of("name", "Regular", "points", Map.of("from", 0, "to", 999)))));
        aliceId = ok(api.post("/v1/customers", Map.of("source_id", "alice", "name", "Alice Shopper",
                "email", "alice@example.com", "metadata", Map.of("segment", "vip")))).get("id").asString();
        card = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer", "alice")))
                .get("code").asString();
        String first = publish("Shop Coupons", "alice");
        ok(api.post("/v1/validations", redeem(first, "alice", "ord-1", 5000)));
        String redemption = ok(api.post("/v1/redemptions", redeem(first, "alice", "ord-1", 5000)))
                .get("redemptions").get(0).get("id").asString();

        clock.set(DAY_2);
        referralsId = ok(api.post("/v1/campaigns", Map.of("name", "Shop Referrals", "campaign_type",
                "REFERRAL_PROGRAM", "vouchers_count", 1, "referral_program", Map.of("conversion_event_type", "redemption"),
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 500))))).get("id").asString();
        String friendsCode = publish("Shop Referrals", "bob");
        ok(api.post("/v1/redemptions", redeem(friendsCode, "alice", "ord-2", 7000)));
        String second = publish("Shop Coupons", "alice");
        ok(api.post("/v1/redemptions", redeem(second, "alice", "ord-3", 3000)));
        ok(api.post("/v1/redemptions/" + redemption + "/rollback", Map.of()));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void customerPageShowsTheFiguresTheApiAnswers() {
        JsonNode answer = ok(api.get("/v1/customers/" + aliceId));
        assertThat(answer.get("loyalty").get("points").asLong()).isEqualTo(120);
        assertThat(answer.get("referrals").get("total").asLong()).isEqualTo(1);

        var page = browser.get("/dashboard/customers/" + aliceId + "?app_id=" + appId);
        assertThat(page.status()).isEqualTo(200);
        Map<String, Long> figures = figures(page.text());
        assertThat(figures).containsKeys("summary.redemptions.total_redeemed", "summary.orders.total_amount",
                "loyalty.points", "loyalty.referred_customers", "referrals.total");
        figures.forEach((path, value) -> assertThat(value).as(path).isEqualTo(at(answer, path).asLong()));
        assertThat(figures.get("summary.redemptions.total_succeeded")).isEqualTo(3);
        assertThat(figures.get("summary.redemptions.total_rolled_back")).isEqualTo(1);
        assertThat(page.text()).contains("Alice Shopper", "alice@example.com", "alice", card, "Shop Points",
                "Regular", "Referred by", ok(api.get("/v1/customers/bob")).get("id").asString());
        // by source_id too, like the API
        assertThat(figures(browser.get("/dashboard/customers/alice?app_id=" + appId).text())).isEqualTo(figures);
        assertThat(browser.get("/dashboard/customers/" + aliceId + "?app_id=" + appId + "&tab=metadata").text())
                .contains("segment", "vip");
    }

    @Test
    void activityFilterNarrowsByCampaignAndByDaysAsTheActivityApiDoes() {
        String base = "/dashboard/customers/" + aliceId + "?app_id=" + appId + "&tab=activity";
        long all = total(browser.get(base).text());
        assertThat(all).isEqualTo(count(""));

        long ofCoupons = total(browser.get(base + "&campaign_id=" + couponsId).text());
        assertThat(ofCoupons).isEqualTo(count("&campaign_id=" + couponsId)).isPositive().isLessThan(all);

        long secondDay = total(browser.get(base + "&from=2026-04-07&to=2026-04-07").text());
        assertThat(secondDay).isEqualTo(count("&start_date=2026-04-07T00:00:00.000Z&end_date=2026-04-07T23:59:59.999Z"))
                .isPositive().isLessThan(all);

        String both = browser.get(base + "&campaign_id=" + couponsId + "&from=2026-04-07&to=2026-04-07").text();
        assertThat(total(both)).isEqualTo(count("&campaign_id=" + couponsId
                + "&start_date=2026-04-07T00:00:00.000Z&end_date=2026-04-07T23:59:59.999Z")).isLessThan(ofCoupons);
        assertThat(both).contains("customer.redemption.rollback.succeeded").doesNotContain("customer.validation");
        assertThat(browser.get(base + "&from=2026-04-08").text()).contains("data-total=\"0\"");
        // the campaign filter offers the campaigns of the customer's activity by name
        assertThat(browser.get(base).text()).contains("Shop Coupons", "Shop Referrals");
    }

    @Test
    void ordersTabListsTheCustomersOrders() {
        var orders = browser.get("/dashboard/customers/" + aliceId + "?app_id=" + appId + "&tab=orders");
        assertThat(orders.status()).isEqualTo(200);
        assertThat(total(orders.text())).isEqualTo(3);
        assertThat(orders.text()).contains("ord-1", "ord-2", "ord-3", "50.00", "70.00");
    }

    @Test
    void campaignTabsAndTheCustomerListLinkToTheCustomerPage() {
        String link = "href=\"/dashboard/customers/" + aliceId + "?app_id=" + appId + "\"";
        for (String tab : List.of("redemptions", "publications")) {
            assertThat(browser.get("/dashboard/campaigns/" + couponsId + "?app_id=" + appId + "&tab=" + tab).text())
                    .as(tab).contains(link);
        }
        var list = browser.get("/dashboard/customers?app_id=" + appId);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains(link, "Alice Shopper", "data-total=\"2\"");
        assertThat(browser.get("/dashboard/customers?app_id=" + appId + "&q=ALICE@").text())
                .contains("data-total=\"1\"", "Alice Shopper");
        assertThat(browser.get("/dashboard/customers?app_id=" + appId + "&q=nobody").text())
                .contains("data-total=\"0\"");
        assertThat(browser.get("/dashboard?app_id=" + appId).text()).contains("/dashboard/customers?app_id=" + appId);
    }

    @Test
    void unknownCustomersAndOtherProjectsCustomersAreNotFound() {
        assertThat(browser.get("/dashboard/customers/cust_missing?app_id=" + appId).status()).isEqualTo(404);
        assertThat(browser.get("/dashboard/customers/" + aliceId + "?app_id=someone-else").status()).isEqualTo(404);
        assertThat(browser.get("/dashboard/customers/" + aliceId).text())
                .contains("name=\"app_id\"", "action=\"/dashboard/customers/" + aliceId + "\"");
        assertThat(browser.get("/dashboard/customers/" + aliceId + "?app_id=" + appId
                + "&tab=nonsense&from=not-a-date&page=-4").status()).isEqualTo(200);
    }

    private long count(String query) {
        JsonNode list = ok(api.get("/v1/customers/" + aliceId + "/activity?limit=100" + query));
        assertThat(list.get("has_more").asBoolean()).isFalse();
        return list.get("data").size();
    }

    private String publish(String campaign, String customer) {
        return ok(api.post("/v1/publications", Map.of("campaign", campaign, "customer",
                Map.of("source_id", customer)))).get("voucher").get("code").asString();
    }

    private static Map<String, Object> redeem(String code, String customer, String order, long amount) {
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "customer", Map.of("source_id", customer), "order", Map.of("source_id", order, "amount", amount));
    }

    private static Map<String, Long> figures(String html) {
        Map<String, Long> figures = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            figures.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return figures;
    }

    private static long total(String html) {
        Matcher m = TOTAL.matcher(html.substring(html.indexOf("id=\"tab\"")));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode at = node;
        for (String key : path.split("\\.")) {
            at = at.get(key);
        }
        return at;
    }
}
