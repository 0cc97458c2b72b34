package dev.voucheremulator.dashboard;

import static dev.voucheremulator.dashboard.DashboardStory.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
                        "2", Map.of("name", "order.amount", "conditions", Map.of("$is", List.of(3000)),
                                "rules", Map.of()),
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
    void giftCardTransactionsTabAndItsCsvExportListWhatTheApiListsForEachCard() throws Exception {
        String name = "Tabs Gift Transactions";
        String campaignId = gifts(name);
        List<String> codes = ok(api.get("/v1/vouchers?campaign_id=" + campaignId)).get("vouchers").valueStream()
                .map(v -> v.get("code").asString()).toList();
        assertThat(codes).hasSize(2);
        ok(api.post("/v1/vouchers/" + codes.get(0) + "/balance", Map.of("amount", 1000, "source_id", "top, up \"1\"")));
        ok(api.post("/v1/vouchers/" + codes.get(0) + "/balance", Map.of("amount", -500)));
        String redemptionId = ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher",
                        "id", codes.get(1), "gift", Map.of("credits", 1500))),
                "order", Map.of("amount", 4000)))).get("redemptions").get(0).get("id").asString();
        ok(api.post("/v1/redemptions/" + redemptionId + "/rollback", Map.of()));

        List<List<String>> expected = new ArrayList<>();
        for (String code : codes) {
            for (JsonNode t : ok(api.get("/v1/vouchers/" + code + "/transactions?limit=100")).get("data")) {
                expected.add(CampaignTransactions.COLUMNS.stream().map(c -> CampaignTransactions.field(t, c)).toList());
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);

        URI csvUrl = URI.create("http://localhost:" + port + "/dashboard/campaigns/" + campaignId
                + "/transactions.csv?app_id=" + appId);
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(csvUrl).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"" + campaignId + "-transactions.csv\"");
        List<List<String>> csv = csv(download.body());
        assertThat(csv.get(0)).isEqualTo(CampaignTransactions.COLUMNS);
        assertThat(csv.subList(1, csv.size())).containsExactlyInAnyOrderElementsOf(expected);
        List<String> dates = csv.subList(1, csv.size()).stream().map(r -> r.get(1)).toList();
        assertThat(dates).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());

        String html = page(campaignId, "transactions");
        assertThat(html).contains("data-total=\"" + expected.size() + "\"", "transactions.csv?app_id=");
        List<List<String>> rows = rows(html);
        assertThat(rows.stream().map(r -> r.get(1)).toList())
                .containsExactlyElementsOf(csv.subList(1, csv.size()).stream().map(r -> r.get(0)).toList());
        assertThat(rows(page(coupons("Tabs Not Gifts"), "distributions"))).isEmpty();
        assertThat(browser.get("/dashboard/campaigns/" + coupons("Tabs No Gifts") + "?app_id=" + appId).text())
                .doesNotContain("tab=transactions");
    }

    @Test
    void promotionTiersTabShowsEachTierAsTheApiListsIt() {
        String campaignId = promotion("Tabs Tiers");
        String orderTier = ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "10 off orders",
                "active", true, "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 1000,
                        "effect", "APPLY_TO_ORDER"))))).get("id").asString();
        String itemsTier = ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "Items 15%",
                "active", false, "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 15,
                        "effect", "APPLY_TO_ITEMS"))))).get("id").asString();
        String rule = ok(api.post("/v1/validation-rules", Map.of("name", "Tier floor",
                "rules", Map.of("1", Map.of("name", "order.amount", "conditions", Map.of("$more_than", List.of(2000)),
                        "rules", Map.of()), "logic", "1")))).get("id").asString();
        ok(api.post("/v1/validation-rules/" + rule + "/assignments",
                Map.of("related_object_type", "promotion_tier", "related_object_id", orderTier)));
        ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "promotion_tier",
                "id", orderTier)), "order", Map.of("amount", 5000))));

        JsonNode listed = ok(api.get("/v1/promotions/" + campaignId + "/tiers")).get("tiers");
        String html = page(campaignId, "tiers");
        List<List<String>> rows = rows(html);
        assertThat(rows).hasSize(listed.size()).hasSize(2);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode tier = listed.get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(0)).isEqualTo(tier.get("id").asString());
            assertThat(row.get(1)).isEqualTo(tier.get("name").asString());
            assertThat(row.get(2)).isEqualTo(tier.get("hierarchy").asString());
            assertThat(row.get(4)).isEqualTo(tier.get("action").get("discount").get("effect").asString());
            assertThat(row.get(6)).isEqualTo(tier.get("active").asBoolean() ? "yes" : "no");
            assertThat(row.get(8)).isEqualTo(tier.get("summary").get("redemptions").get("total_redeemed").asString());
        }
        List<String> available = ok(api.get("/v1/promotions/tiers?is_available=true&limit=100")).get("tiers")
                .valueStream().map(t -> t.get("id").asString()).toList();
        List<String> shownAvailable = rows.stream().filter(r -> r.get(7).startsWith("available")).map(r -> r.get(0))
                .toList();
        assertThat(shownAvailable).containsExactly(orderTier).isSubsetOf(available);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(orderTier, "10 off orders")
                .contains("10.00 off", "APPLY_TO_ORDER", "Tier floor (" + rule + ")"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(itemsTier, "Items 15%")
                .contains("15% off", "APPLY_TO_ITEMS", "tier disabled"));

        assertThat(html).contains("tab=tiers").doesNotContain("tab=vouchers");
        assertThat(browser.get("/dashboard/campaigns/" + coupons("Tabs No Tiers") + "?app_id=" + appId).text())
                .doesNotContain("tab=tiers");
    }

    @Test
    void loyaltyTabsShowWhatTheLoyaltyApiLists() throws Exception {
        LoyaltyProgram p = LoyaltyProgram.populate(api, "Tabs Loyalty Program");

        // cards: every card of the program with the balance GET /v1/vouchers answers
        JsonNode cards = ok(api.get("/v1/vouchers?campaign_id=" + p.id + "&limit=100"));
        List<List<String>> cardRows = rows(page(p.id, "cards"));
        assertThat(cardRows).hasSize(cards.get("total").asInt()).hasSize(3);
        for (JsonNode card : cards.get("vouchers")) {
            assertThat(cardRows).as(card.get("code").asString()).anySatisfy(r -> assertThat(r).startsWith(
                    card.get("code").asString(), card.get("holder_id").asString()).contains(
                    card.get("loyalty_card").get("balance").asString()));
        }

        JsonNode tiers = ok(api.get("/v1/loyalties/" + p.id + "/tiers")).get("data");
        assertThat(rows(page(p.id, "tiers"))).extracting(r -> r.subList(0, 4)).containsExactlyElementsOf(
                tiers.valueStream().map(t -> List.of(t.get("id").asString(), t.get("name").asString(),
                        t.get("points").get("from").asString(), t.get("points").path("to").asString(""))).toList());

        JsonNode rules = ok(api.get("/v1/loyalties/" + p.id + "/earning-rules")).get("data");
        assertThat(rows(page(p.id, "earning-rules"))).extracting(r -> r.get(0)).containsExactlyElementsOf(ids(rules))
                .hasSize(1);
        assertThat(rows(page(p.id, "earning-rules")).get(0)).contains("order.paid", "10 points", "3 day");

        JsonNode rewards = ok(api.get("/v1/loyalties/" + p.id + "/rewards")).get("data");
        List<List<String>> rewardRows = rows(page(p.id, "rewards"));
        assertThat(rewardRows).extracting(r -> r.get(0)).containsExactlyElementsOf(ids(rewards)).hasSize(1);
        assertThat(rewardRows.get(0)).contains(p.rewardId, "Mug",
                rewards.get(0).get("parameters").get("loyalty").get("points").asString());

        List<JsonNode> transactions = all("/v1/loyalties/" + p.id + "/transactions");
        List<JsonNode> rewardTransactions = transactions.stream().filter(t -> List.of("POINTS_REDEMPTION",
                "POINTS_REFUND").contains(t.get("type").asString())).toList();
        assertThat(rewardTransactions).hasSize(2);
        assertThat(rows(page(p.id, "reward-redemptions"))).extracting(r -> r.get(8))
                .containsExactlyElementsOf(rewardTransactions.stream().map(t -> t.get("id").asString()).toList());
        assertThat(rows(page(p.id, "reward-redemptions"))).extracting(r -> r.get(2))
                .containsExactly("rolled back", "redeemed");

        JsonNode pending = ok(api.get("/v1/loyalties/" + p.id + "/pending-points?limit=100")).get("data");
        assertThat(pending).hasSize(1);
        assertThat(rows(page(p.id, "pending-points"))).extracting(r -> r.subList(0, 3)).containsExactlyElementsOf(
                pending.valueStream().map(e -> List.of(e.get("id").asString(), e.get("points").asString(),
                        e.get("activates_at").asString())).toList());

        // points expiration: every member's list together, soonest first, and the CSV rows equal them
        List<List<String>> expiring = new ArrayList<>();
        for (String code : p.codes) {
            for (JsonNode b : ok(api.get("/v1/loyalties/" + p.id + "/members/" + code
                    + "/points-expiration?limit=100")).get("data")) {
                expiring.add(LoyaltyExports.EXPIRATION_COLUMNS.stream().map(c -> LoyaltyTabs.text(b, c)).toList());
            }
        }
        assertThat(expiring).hasSizeGreaterThanOrEqualTo(2);
        HttpResponse<String> expirations = download("/dashboard/campaigns/" + p.id + "/points-expiration.csv?app_id="
                + appId, p.id + "-points-expiration.csv");
        List<List<String>> expirationCsv = csv(expirations.body());
        assertThat(expirationCsv.get(0)).isEqualTo(LoyaltyExports.EXPIRATION_COLUMNS);
        assertThat(expirationCsv.subList(1, expirationCsv.size())).containsExactlyInAnyOrderElementsOf(expiring);
        assertThat(expirationCsv.subList(1, expirationCsv.size()).stream().map(r -> r.get(5)).toList())
                .as("soonest first").isSorted();
        assertThat(rows(page(p.id, "points-expiration"))).as("the first page").extracting(r -> r.get(4))
                .containsExactlyElementsOf(expirationCsv.subList(1, expirationCsv.size()).stream()
                        .map(r -> r.get(0)).limit(CampaignDashboards.PAGE_SIZE).toList());

        // transactions: two pages of the program's list, in its order; the CSV, whole and of one card
        assertThat(transactions).hasSizeGreaterThan(CampaignDashboards.PAGE_SIZE);
        String first = page(p.id, "transactions");
        assertThat(first).contains("data-total=\"" + transactions.size() + "\"");
        List<String> shown = new ArrayList<>(rows(first).stream().map(r -> r.get(1)).toList());
        shown.addAll(rows(browser.get("/dashboard/campaigns/" + p.id + "?app_id=" + appId
                + "&tab=transactions&page=2").text()).stream().map(r -> r.get(1)).toList());
        assertThat(shown).containsExactlyElementsOf(transactions.stream().map(t -> t.get("id").asString()).toList());
        List<List<String>> csv = csv(download("/dashboard/campaigns/" + p.id + "/transactions.csv?app_id=" + appId,
                p.id + "-transactions.csv").body());
        assertThat(csv.get(0)).isEqualTo(LoyaltyExports.TRANSACTION_COLUMNS);
        assertThat(csv.subList(1, csv.size())).containsExactlyElementsOf(transactions.stream().map(t ->
                LoyaltyExports.TRANSACTION_COLUMNS.stream().map(c -> LoyaltyTabs.text(t, c)).toList()).toList());
        String bobId = ok(api.get("/v1/loyalties/members/" + p.codes.get(1))).get("id").asString();
        List<JsonNode> bobs = all("/v1/loyalties/" + p.id + "/transactions?filters[voucher_id][conditions][$is]="
                + bobId);
        List<List<String>> bobCsv = csv(download("/dashboard/campaigns/" + p.id + "/transactions.csv?app_id=" + appId
                + "&voucher_id=" + bobId, p.id + "-" + bobId + "-transactions.csv").body());
        assertThat(bobCsv.subList(1, bobCsv.size())).hasSize(bobs.size()).containsExactlyElementsOf(bobs.stream()
                .map(t -> LoyaltyExports.TRANSACTION_COLUMNS.stream().map(c -> LoyaltyTabs.text(t, c)).toList())
                .toList());
        assertThat(rows(browser.get("/dashboard/campaigns/" + p.id + "?app_id=" + appId + "&tab=transactions"
                + "&voucher_id=" + bobId).text())).extracting(r -> r.get(1))
                .containsExactlyElementsOf(bobs.stream().map(t -> t.get("id").asString()).toList());

        // the main page: the expiration rules and the total points, each the summary's counter
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String window = "start_date=" + today.minusDays(1) + "&end_date=" + today.plusDays(1);
        String main = browser.get("/dashboard/campaigns/" + p.id + "?app_id=" + appId + "&" + window).text();
        assertThat(main).contains("Campaign point expiration", "6 month(s) after they are added, then to the end of"
                + " that quarter", "Total points", "points rewarded");
        JsonNode summary = ok(api.get("/v1/campaigns/" + p.id + "/summary?" + window));
        Map<String, String> figures = figures(main.substring(main.indexOf("id=\"total-points\"")));
        assertThat(figures).containsKeys("points_added", "points_redeemed", "points_rolledback", "points_expired",
                "pending_points_added", "points_transferred_in", "points_transferred_out", "points_subtracted");
        figures.forEach((counter, value) -> assertThat(value).as(counter).isEqualTo(summary.get(counter).asString()));
        assertThat(figures.get("points_transferred_in")).isEqualTo("30");
        assertThat(figures.get("pending_points_added")).isEqualTo("10");
        for (String tab : DashboardController.LOYALTY_TABS) {
            assertThat(main).contains("tab=" + tab);
        }
        assertThat(browser.get("/dashboard/campaigns/" + coupons("Tabs No Points") + "?app_id=" + appId).text())
                .doesNotContain("Total points", "tab=pending-points");
        assertThat(browser.get("/dashboard/campaigns/" + loyalty("Tabs Never Expire") + "?app_id=" + appId).text())
                .contains(LoyaltyProgramView.NEVER);
    }

    @Test
    void loyaltyTabsAndExportsAnswerBadInputWithoutAServerError() {
        String program = loyalty("Tabs Hostile Program");
        String coupons = coupons("Tabs Hostile Coupons");
        String base = "/dashboard/campaigns/";
        // path -> the status it answers: pages past the end are empty, unknown campaigns and exports are 404s
        Map<String, Integer> cases = new java.util.LinkedHashMap<>();
        for (String tab : DashboardController.LOYALTY_TABS) {
            cases.put(base + program + "?app_id=" + appId + "&tab=" + tab + "&page=2147483647", 200);
            cases.put(base + program + "?app_id=" + appId + "&tab=" + tab + "&page=-3", 200);
        }
        cases.put(base + program + "?app_id=" + appId + "&tab=transactions&voucher_id=%27%3B%20drop%20table", 200);
        cases.put(base + program + "?app_id=" + appId + "&tab=pending-points&page=x", 400);
        cases.put(base + program + "/points-expiration.csv?app_id=" + appId + "-other", 404);
        cases.put(base + program + "/points-expiration.csv", 404);
        cases.put(base + coupons + "/points-expiration.csv?app_id=" + appId, 404);
        cases.put(base + "camp_unknown/transactions.csv?app_id=" + appId, 404);
        cases.put(base + program + "/transactions.csv?app_id=" + appId + "&voucher_id=v_none", 200);
        cases.forEach((path, status) -> {
            ApiClient.ApiResponse got = browser.get(path);
            assertThat(got.status()).as(path + ": " + got.text()).isEqualTo(status);
        });
        assertThat(rows(browser.get(base + program + "?app_id=" + appId + "&tab=transactions&page=2147483647")
                .text())).isEmpty();
        assertThat(csv(browser.get(base + program + "/transactions.csv?app_id=" + appId + "&voucher_id=v_none")
                .text())).containsExactly(LoyaltyExports.TRANSACTION_COLUMNS);
    }

    /** Every item of a list paged by a cursor (the loyalty transaction lists), newest first. */
    List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = ok(api.get(path + (path.contains("?") ? "&" : "?") + "limit=100"
                    + (after == null ? "" : "&starting_after_id=" + after)));
            page.get("data").forEach(items::add);
            after = page.get("has_more").asBoolean() ? page.get("more_starting_after").asString() : null;
        } while (after != null);
        return items;
    }

    HttpResponse<String> download(String path, String filename) throws Exception {
        HttpResponse<String> got = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path.replace("[", "%5B").replace("]", "%5D")
                        .replace("$", "%24"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
        assertThat(got.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(got.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + filename
                + "\"");
        return got;
    }

    static List<String> ids(JsonNode items) {
        return items.valueStream().map(i -> i.get("id").asString()).toList();
    }

    /** The figures of a part of a page: each {@code data-counter} with its {@code data-value}. */
    static Map<String, String> figures(String html) {
        Map<String, String> figures = new java.util.LinkedHashMap<>();
        Matcher m = Pattern.compile("data-counter=\"([a-z_]+)\" data-value=\"(-?\\d+)\"").matcher(html);
        while (m.find() && !figures.containsKey(m.group(1))) {
            figures.put(m.group(1), m.group(2));
        }
        return figures;
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
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100)))))
                .get("id").asString();
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

    /** RFC 4180 lines and fields: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                lines.add(fields);
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return lines;
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
