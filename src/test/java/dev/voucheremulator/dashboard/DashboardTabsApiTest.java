package dev.voucheremulator.dashboard;

import static dev.voucheremulator.dashboard.DashboardStory.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
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

/** The campaign page's tabs beyond the tables (rules, distributions, ...): what they show equals the API's answers. */
@EmulatorTest
class DashboardTabsApiTest {

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    String appId;
    ApiClient api;
    ApiClient browser;

    @BeforeEach
    void project() {
        appId = "tabs-" + UUID.randomUUID();
        api = ApiClient.forProject(port, appId);
        browser = ApiClient.anonymous(port);
    }

    @Test
    void rulesTabListsTheCampaignsAssignmentsWithTheirConditions() {
        String campaignId = coupons("Tabs Rules");
        String bigOrders = ok(api.post("/v1/validation-rules", Map.of("name", "Big orders",
                "rules", Map.of("1", Map.of("name", "order.amount", "conditions", Map.of("$more_than", List.of(10000)),
                        "rules", Map.of()), "logic", "1"),
                "error", Map.of("message", "Orders from 100.00")))).get("id").asString();
        String twoRules = ok(api.post("/v1/validation-rules", Map.of("name", "Small baskets",
                "rules", Map.of("1", Map.of("name", "order.items.count", "conditions", Map.of("$less_than", List.of(5)),
                                "rules", Map.of()),
                        "2", Map.of("name", "order.amount", "conditions", Map.of("$is", List.of(3000)), "rules", Map.of()),
                        "logic", "1 and 2")))).get("id").asString();
        for (String rule : List.of(bigOrders, twoRules)) {
            ok(api.post("/v1/validation-rules/" + rule + "/assignments",
                    Map.of("related_object_type", "campaign", "related_object_id", campaignId)));
        }

        List<List<String>> rows = rows(page(campaignId, "rules"));

        JsonNode assigned = ok(api.get("/v1/campaigns/" + campaignId)).get("validation_rules_assignments");
        assertThat(rows).hasSize(assigned.get("total").asInt()).hasSize(2);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode assignment = assigned.get("data").get(i);
            JsonNode rule = ok(api.get("/v1/validation-rules/" + assignment.get("rule_id").asString()));
            assertThat(rows.get(i).get(0)).isEqualTo(rule.get("id").asString());
            assertThat(rows.get(i).get(1)).isEqualTo(rule.get("name").asString());
            assertThat(rows.get(i).get(6)).isEqualTo(assignment.get("id").asString());
        }
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("order.amount $more_than 10000",
                "Orders from 100.00"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get(3))
                .isEqualTo("order.items.count $less_than 5 AND order.amount $is 3000"));
        assertThat(rows(page(coupons("Tabs No Rules"), "rules"))).isEmpty();
    }

    @Test
    void distributionsTabCountsThePublicationsOfEachChannelAsTheListShowsThem() {
        String name = "Tabs Distributions";
        String campaignId = ok(api.post("/v1/campaigns", Map.of("name", name, "campaign_type", "DISCOUNT_COUPONS",
                "type", "STATIC", "vouchers_count", 3, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10))))).get("id").asString();
        List<String> channels = List.of("API", "email", "email", "sms", "email");
        // a STATIC campaign of 3 codes: the 4th and 5th publications are refused, and listed as failures
        for (int i = 0; i < channels.size(); i++) {
            assertThat(api.post("/v1/publications", Map.of("campaign", Map.of("name", name),
                    "channel", channels.get(i), "customer", Map.of("source_id", "dist-" + i))).status())
                    .isEqualTo(i < 3 ? 200 : 400);
        }
        assertThat(api.post("/v1/publications", Map.of("campaign", Map.of("name", name), "channel", "sms",
                "customer", Map.of("source_id", "dist-x"))).status()).isEqualTo(400);

        Map<String, long[]> expected = new java.util.TreeMap<>();
        JsonNode listed = ok(api.get("/v1/publications?campaign=" + name.replace(" ", "%20") + "&limit=100"));
        for (JsonNode p : listed.get("publications")) {
            long[] counts = expected.computeIfAbsent(p.get("channel").asString(), c -> new long[2]);
            counts["SUCCESS".equals(p.get("result").asString()) ? 0 : 1]++;
        }
        assertThat(expected.keySet()).containsExactly("API", "email", "sms");

        List<List<String>> rows = rows(page(campaignId, "distributions"));
        assertThat(rows).hasSize(expected.size());
        for (List<String> row : rows) {
            long[] counts = expected.get(row.get(0));
            assertThat(row.subList(1, 4)).as(row.get(0)).containsExactly(Long.toString(counts[0] + counts[1]),
                    Long.toString(counts[0]), Long.toString(counts[1]));
        }
        assertThat(rows.get(0)).containsExactly("email", "3", "2", "1");
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get(1))).sum())
                .isEqualTo(listed.get("total").asLong());
    }

    @Test
    void everyTypeHasTheRulesAndDistributionsTabs() {
        for (String id : List.of(coupons("Tabs Coupons"), gifts("Tabs Gifts"), loyalty("Tabs Loyalty"),
                referral("Tabs Referral"), promotion("Tabs Promotion"))) {
            String html = browser.get("/dashboard/campaigns/" + id + "?app_id=" + appId).text();
            for (String tab : List.of("rules", "distributions")) {
                assertThat(html).as(id).contains("tab=" + tab);
                page(id, tab);
            }
        }
    }

    // --- campaigns of each type, through the API

    String coupons(String name) {
        return ok(api.post("/v1/campaigns", Map.of("name", name, "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 3, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10))))).get("id").asString();
    }

    String gifts(String name) {
        return ok(api.post("/v1/campaigns", Map.of("name", name, "campaign_type", "GIFT_VOUCHERS",
                "vouchers_count", 2, "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000)))))
                .get("id").asString();
    }

    String loyalty(String name) {
        return ok(api.post("/v1/loyalties", Map.of("name", name, "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100))))).get("id").asString();
    }

    String referral(String name) {
        return ok(api.post("/v1/campaigns", Map.of("name", name, "campaign_type", "REFERRAL_PROGRAM",
                "vouchers_count", 1, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10)),
                "referral_program", Map.of("conversion_event_type", "redemption")))).get("id").asString();
    }

    String promotion(String name) {
        return ok(api.post("/v1/campaigns", Map.of("name", name, "campaign_type", "PROMOTION"))).get("id").asString();
    }

    String page(String campaignId, String tab) {
        ApiClient.ApiResponse page = browser.get("/dashboard/campaigns/" + campaignId + "?app_id=" + appId
                + "&tab=" + tab);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        assertThat(page.text()).contains("data-tab=\"" + tab + "\"");
        return page.text();
    }

    /** The cells of the tab's table, as text; the "Nothing yet." row is no row. */
    static List<List<String>> rows(String html) {
        String tab = html.substring(html.indexOf("id=\"tab\""));
        String body = tab.substring(tab.indexOf("<tbody>"), tab.indexOf("</tbody>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            if (row.group(1).contains("class=\"empty\"")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(unescape(cell.group(1).replaceAll("<[^>]+>", "").trim()));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
