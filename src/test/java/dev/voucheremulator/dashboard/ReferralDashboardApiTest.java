package dev.voucheremulator.dashboard;

import static dev.voucheremulator.dashboard.DashboardStory.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A referral program's page: its sections and tabs equal what the API answers about the same referrals. */
@EmulatorTest
class ReferralDashboardApiTest {

    private static final Pattern FIGURE = Pattern.compile("data-counter=\"([a-z_]+)\" data-value=\"(-?\\d+)\"");

    @LocalServerPort
    int port;

    String appId;
    ApiClient api;
    String campaignId;

    @BeforeEach
    void referrals() {
        appId = "referral-dash-" + UUID.randomUUID();
        api = ApiClient.forProject(port, appId);
        campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Friends", "campaign_type", "REFERRAL_PROGRAM",
                "vouchers_count", 3, "referral_program", Map.of("conversion_event_type", "redemption"),
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();
        String alice = publish("alice");
        String bob = publish("bob");
        for (String[] redemption : new String[][] {{alice, "carol"}, {alice, "dave"}, {bob, "erin"}, {alice, "carol"}}) {
            ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher", "id", redemption[0])),
                    "customer", Map.of("source_id", redemption[1]), "order", Map.of("amount", 1000))));
        }
    }

    @Test
    void mainPageShowsTheProgramItsNumbersAndTopReferrersAsTheApiCountsThem() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String html = page("rewards", "&start_date=" + today + "&end_date=" + today);

        Map<String, Long> figures = figures(html);
        long codes = ok(api.get("/v1/vouchers?campaign_id=" + campaignId)).get("total").asLong();
        assertThat(figures).containsEntry("referral_codes", codes).containsEntry("referral_codes", 3L)
                .containsEntry("referrers", 2L).containsEntry("referees", 3L).containsEntry("referrals", 4L);
        JsonNode summary = ok(api.get("/v1/campaigns/" + campaignId + "/summary?start_date=" + today
                + "&end_date=" + today));
        assertThat(figures.get("referred_customers")).isEqualTo(summary.get("referred_customers").asLong()).isEqualTo(3);
        assertThat(html).contains("Conversion event", "redemption of a referral code", "Referrers rewards summary",
                "id=\"referred-chart\"", "id=\"access-settings\"");

        List<List<String>> top = DashboardTabsApiTest.rows("id=\"tab\""
                + html.substring(html.indexOf("id=\"top-referrers\"")));
        assertThat(top).hasSize(2);
        JsonNode alice = ok(api.get("/v1/customers/alice"));
        JsonNode bob = ok(api.get("/v1/customers/bob"));
        assertThat(top.get(0).subList(0, 3)).containsExactly(alice.get("id").asString(),
                Long.toString(alice.get("loyalty").get("referred_customers").asLong()), "3");
        assertThat(top.get(0).get(1)).isEqualTo("2");
        assertThat(top.get(1).subList(0, 2)).containsExactly(bob.get("id").asString(),
                Long.toString(bob.get("loyalty").get("referred_customers").asLong()));
        assertThat(DashboardTabsApiTest.rows(page("referrers", ""))).isEqualTo(top);
    }

    @Test
    void refereesTabListsEveryReferralTheRefereesRecord() {
        List<List<String>> rows = DashboardTabsApiTest.rows(page("referees", ""));

        List<List<String>> fromApi = new ArrayList<>();
        for (String referee : List.of("carol", "dave", "erin")) {
            JsonNode customer = ok(api.get("/v1/customers/" + referee));
            for (JsonNode referral : customer.get("referrals").get("campaigns")) {
                fromApi.add(List.of(customer.get("id").asString(), referral.get("referrer_id").asString(),
                        referral.get("related_object_id").asString()));
            }
        }
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(r -> r.subList(1, 4)).toList()).containsExactlyInAnyOrderElementsOf(fromApi);
    }

    @Test
    void tabsWithoutEmulatedDataSaySo() {
        String rewards = page("rewards", "");
        assertThat(rewards).contains("Referrer rewards (referral tiers) are not emulated");
        String redeemed = page("reward-redemptions", "");
        assertThat(DashboardTabsApiTest.rows(redeemed)).isEmpty();
        assertThat(redeemed).contains("so no reward is redeemed");
        List<List<String>> codes = DashboardTabsApiTest.rows(page("referral-codes", ""));
        assertThat(codes).hasSize(3);
        assertThat(codes.stream().filter(r -> !r.get(4).isEmpty()).count()).isEqualTo(2);
    }

    private String page(String tab, String query) {
        ApiClient.ApiResponse page = ApiClient.anonymous(port).get("/dashboard/campaigns/" + campaignId + "?app_id="
                + appId + "&tab=" + tab.replace(" ", "%20") + query);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.text()).contains("data-tab=\"" + tab + "\"");
        return page.text();
    }

    private String publish(String customer) {
        return ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Friends"),
                "customer", Map.of("source_id", customer)))).get("voucher").get("code").asString();
    }

    private static Map<String, Long> figures(String html) {
        Map<String, Long> found = new java.util.HashMap<>();
        Matcher m = FIGURE.matcher(html);
        while (m.find()) {
            found.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return found;
    }
}
