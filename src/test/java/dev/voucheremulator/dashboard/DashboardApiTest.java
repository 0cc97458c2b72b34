package dev.voucheremulator.dashboard;

import static dev.voucheremulator.dashboard.DashboardStory.EXPECTED_TOTALS;
import static dev.voucheremulator.dashboard.DashboardStory.FIRST_DAY;
import static dev.voucheremulator.dashboard.DashboardStory.LAST_DAY;
import static dev.voucheremulator.dashboard.DashboardStory.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The dashboard over plain HTTP: its JSON series agree with the summary; its pages answer. */
@EmulatorTest
class DashboardApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    String appId;
    ApiClient api;
    DashboardStory story;

    @BeforeEach
    void playStory() {
        appId = "dash-" + UUID.randomUUID();
        api = ApiClient.forProject(port, appId);
        story = DashboardStory.play(api, clock);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void seriesTotalsEqualTheSummaryAndTheDaysAddUpToThem() {
        String window = "start_date=" + FIRST_DAY + "&end_date=" + LAST_DAY;
        JsonNode series = ok(ApiClient.anonymous(port).get("/dashboard/api/campaigns/" + story.couponsId
                + "/series?app_id=" + appId + "&" + window));
        JsonNode summary = ok(api.get("/v1/campaigns/" + story.couponsId + "/summary?" + window));

        assertThat(series.get("dates").valueStream().map(JsonNode::asString).toList())
                .containsExactly(FIRST_DAY.toString(), LAST_DAY.toString());
        EXPECTED_TOTALS.forEach((counter, expected) -> {
            assertThat(series.get("totals").get(counter).asLong()).as(counter).isEqualTo(expected);
            assertThat(summary.get(counter).asLong()).as(counter).isEqualTo(expected);
            long sumOfDays = series.get("series").get(counter).valueStream().mapToLong(JsonNode::asLong).sum();
            assertThat(sumOfDays).as(counter).isEqualTo(expected);
        });
        assertThat(perDay(series, "validations")).containsExactly(2L, 1L);
        assertThat(perDay(series, "redemptions")).containsExactly(0L, 4L);
        assertThat(perDay(series, "rollbacks")).containsExactly(0L, 1L);
        assertThat(perDay(series, "publications")).containsExactly(3L, 0L);
        assertThat(perDay(series, "vouchers_created")).containsExactly(5L, 0L);
    }

    @Test
    void oneDayWindowMatchesTheSummaryOfThatDay() {
        String window = "start_date=" + LAST_DAY + "&end_date=" + LAST_DAY;
        JsonNode series = ok(ApiClient.anonymous(port).get("/dashboard/api/campaigns/" + story.couponsId
                + "/series?app_id=" + appId + "&" + window));
        JsonNode summary = ok(api.get("/v1/campaigns/" + story.couponsId + "/summary?" + window));
        for (Map.Entry<String, JsonNode> total : series.get("totals").properties()) {
            if (summary.has(total.getKey())) {
                assertThat(total.getValue().asLong()).as(total.getKey()).isEqualTo(summary.get(total.getKey()).asLong());
            }
        }
        assertThat(series.get("totals").get("validations").asLong()).isEqualTo(1);
    }

    @Test
    void seriesOfAnotherProjectsCampaignIsNotFound() {
        var response = ApiClient.anonymous(port).get("/dashboard/api/campaigns/" + story.couponsId
                + "/series?app_id=someone-else");
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void pagesRenderTheProjectsCampaigns() {
        ApiClient browser = ApiClient.anonymous(port);
        var list = browser.get("/dashboard?app_id=" + appId);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains(DashboardStory.COUPONS, DashboardStory.GIFTS);
        assertThat(browser.get("/dashboard?app_id=" + appId + "&type=GIFT_VOUCHERS").text())
                .contains(DashboardStory.GIFTS).doesNotContain(DashboardStory.COUPONS);
        assertThat(browser.get("/dashboard").text()).contains("name=\"app_id\"");
        for (String tab : List.of("vouchers", "redemptions", "publications", "metadata", "activity")) {
            var page = browser.get("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId + "&tab=" + tab);
            assertThat(page.status()).as(tab).isEqualTo(200);
        }
        assertThat(browser.get("/dashboard/campaigns/camp_missing?app_id=" + appId).status()).isEqualTo(404);
        assertThat(browser.get("/dashboard-assets/chart.umd.min.js").status()).isEqualTo(200);
    }

    @Test
    void activityTabListsCampaignChangesInOrderWithTheirPayloads() {
        String id = ok(api.post("/v1/campaigns", Map.of("name", "Dash Changes", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 10)))))
                .get("id").asString();
        ok(api.put("/v1/campaigns/" + id, Map.of("description", "Second draft of the spring sale")));
        ok(api.post("/v1/campaigns/" + id + "/disable", Map.of()));

        String html = ApiClient.anonymous(port).get("/dashboard/campaigns/" + id + "?app_id=" + appId
                + "&tab=activity").text();
        int created = html.indexOf("campaign.created");
        int updated = html.indexOf("campaign.updated");
        int disabled = html.indexOf("campaign.disabled");
        assertThat(created).isPositive();
        assertThat(updated).isGreaterThan(created);
        assertThat(disabled).isGreaterThan(updated);
        assertThat(html.substring(created, updated)).contains("campaign_type", "percent_off");
        assertThat(html.substring(updated, disabled)).contains("description", "Second draft of the spring sale");
        assertThat(html).contains("<pre");

        JsonNode summary = ok(api.get("/v1/campaigns/" + id + "/summary"));
        for (String counter : EXPECTED_TOTALS.keySet()) {
            assertThat(summary.get(counter).asLong()).as(counter).isZero();
        }
    }

    @Test
    void loyaltyProgramHasAMembersTabListingTheCards() {
        String programId = ok(api.post("/v1/loyalties", Map.of("name", "Dash Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100)))))
                .get("id").asString();
        String alice = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer", "alice")))
                .get("code").asString();
        String bob = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer", "bob")))
                .get("code").asString();

        ApiClient browser = ApiClient.anonymous(port);
        var members = browser.get("/dashboard/campaigns/" + programId + "?app_id=" + appId + "&tab=members");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.text()).contains(alice, bob, "100 points", "data-total=\"2\"");
        assertThat(browser.get("/dashboard/campaigns/" + programId + "?app_id=" + appId).text())
                .contains("tab=members");
        assertThat(browser.get("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId).text())
                .doesNotContain("tab=members");
    }

    private static List<Long> perDay(JsonNode series, String counter) {
        return series.get("series").get(counter).valueStream().map(JsonNode::asLong).toList();
    }

    @Test
    void analyticsTabListsThePeriodDayByDayAndItsColumnsSumToTheSummary() {
        String window = "start_date=" + FIRST_DAY + "&end_date=" + LAST_DAY;
        ApiClient.ApiResponse page = ApiClient.anonymous(port).get("/dashboard/campaigns/" + story.couponsId
                + "?app_id=" + appId + "&tab=analytics&" + window);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("data-tab=\"analytics\"", "id=\"analytics-redemptions-chart\"");
        List<List<String>> rows = DashboardTabsApiTest.rows(page.text());

        JsonNode summary = ok(api.get("/v1/campaigns/" + story.couponsId + "/summary?" + window));
        assertThat(rows).extracting(r -> r.get(0)).containsExactly(LAST_DAY.toString(), FIRST_DAY.toString());
        // Date, Validations, Failed validations, Redemptions, Failed redemptions, Rollbacks, Orders amount, Discounted
        Map<Integer, String> counters = Map.of(1, "validations_succeeded", 2, "validations_failed",
                3, "redemptions_succeeded", 4, "redemptions_failed", 5, "rollbacks_succeeded");
        counters.forEach((column, counter) -> assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum())
                .as(counter).isEqualTo(summary.get(counter).asLong()));
        assertThat(rows.get(1).get(1)).isEqualTo("2");
        assertThat(rows.get(0).get(3)).isEqualTo("3");
        long orders = rows.stream().mapToLong(r -> Math.round(Double.parseDouble(r.get(6)) * 100)).sum();
        assertThat(orders).isEqualTo(summary.get("orders_amount").asLong());
        long discounted = rows.stream().mapToLong(r -> Math.round(Double.parseDouble(r.get(7)) * 100)).sum();
        assertThat(discounted).isEqualTo(summary.get("discounted_amount").asLong());
    }

    @Test
    void mainPageShowsTheDistributionOverviewAndSaysAccessSettingsAreEmpty() {
        String page = ApiClient.anonymous(port).get("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId)
                .text();
        String overview = page.substring(page.indexOf("id=\"distribution-overview\""));
        List<List<String>> rows = DashboardTabsApiTest.rows("id=\"tab\"" + overview);
        long published = ok(api.get("/v1/publications?campaign=" + DashboardStory.COUPONS.replace(" ", "%20")))
                .get("total").asLong();
        assertThat(rows).hasSize(1);
        assertThat(Long.parseLong(rows.get(0).get(1))).isEqualTo(published).isEqualTo(3);
        assertThat(rows.get(0).subList(2, 4)).containsExactly("3", "0");
        assertThat(page).contains("id=\"access-settings\"", "No areas or stores");
    }

    @Test
    void promotionMainPageShowsEachTiersOrderDiscountAndScope() {
        String campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Dash Promotion", "campaign_type", "PROMOTION")))
                .get("id").asString();
        ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "10 off orders",
                "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 1000)))));
        ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "Items 15%",
                "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 15, "effect", "APPLY_TO_ITEMS")))));

        String page = ApiClient.anonymous(port).get("/dashboard/campaigns/" + campaignId + "?app_id=" + appId).text();
        List<List<String>> rows = DashboardTabsApiTest.rows("id=\"tab\""
                + page.substring(page.indexOf("id=\"redemption-values\"")));

        List<String> tiers = ok(api.get("/v1/promotions/" + campaignId + "/tiers")).get("tiers").valueStream()
                .map(t -> t.get("name").asString()).toList();
        assertThat(rows).extracting(r -> r.get(0)).containsExactlyElementsOf(tiers);
        assertThat(rows).containsExactly(List.of("10 off orders", "10.00 off", "the whole order"),
                List.of("Items 15%", "15% off", "each matching item"));
        assertThat(page).doesNotContain("id=\"distribution-overview\"");
    }
}
