package dev.voucheremulator.dashboard;

import static dev.voucheremulator.dashboard.DashboardStory.EXPECTED_TOTALS;
import static dev.voucheremulator.dashboard.DashboardStory.FIRST_DAY;
import static dev.voucheremulator.dashboard.DashboardStory.LAST_DAY;
import static dev.voucheremulator.dashboard.DashboardStory.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in real headless Chromium (Debian's chromium + chromium-driver): after a storefront's
 * test run through the API, the list, the calendar and the campaign's totals and chart data show
 * exactly what happened, and the totals equal GET /v1/campaigns/{id}/summary for the same period.
 * Skips where Chromium is not installed, except on CI (CI=true), where it fails instead.
 */
@EmulatorTest
class DashboardBrowserTest {

    // Debian's packages by default; CHROMIUM_BIN / CHROMEDRIVER_BIN point elsewhere (GitHub's runners)
    private static final Path CHROMIUM = Path.of(envOr("CHROMIUM_BIN", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(envOr("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "dashboard-screenshots");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ChromeDriver browser;

    @BeforeAll
    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser test: install chromium and chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(installed, "needs " + CHROMIUM + " and " + CHROMEDRIVER);
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        clock.reset();
    }

    @Test
    void dashboardShowsExactlyWhatTheApiDid() throws IOException {
        String appId = "browser-" + UUID.randomUUID();
        ApiClient api = ApiClient.forProject(port, appId);
        DashboardStory story = DashboardStory.play(api, clock);
        browser = startChromium();

        open("/dashboard?app_id=" + appId);
        WebElement coupons = row(story.couponsId);
        assertThat(cells(coupons)).containsExactly(DashboardStory.COUPONS, "DISCOUNT_COUPONS", "active", "yes", "",
                "", "5", FIRST_DAY.toString());
        assertThat(cells(row(story.giftsId))).containsExactly(DashboardStory.GIFTS, "GIFT_VOUCHERS", "scheduled",
                "yes", "2026-03-10", "2026-04-30", "2", LAST_DAY.toString());
        assertThat(browser.findElement(By.id("campaigns")).getDomAttribute("data-total")).isEqualTo("2");
        screenshot("1-campaigns");

        browser.findElement(By.name("name")).sendKeys("Gift");
        browser.findElement(By.cssSelector("form.filters button")).click();
        // the click navigates: wait for the filtered page, not the one being left
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("name=Gift") && campaignIds().size() == 1);
        assertThat(campaignIds()).containsExactly(story.giftsId);
        open("/dashboard?app_id=" + appId + "&status=active");
        assertThat(campaignIds()).containsExactly(story.couponsId);

        open("/dashboard/calendar?app_id=" + appId + "&from=2026-02-15&to=2026-05-15");
        WebElement couponsLane = lane(story.couponsId);
        assertThat(couponsLane.getDomAttribute("data-start")).isEqualTo(FIRST_DAY.toString());
        assertThat(couponsLane.getDomAttribute("data-end")).as("open-ended").isNullOrEmpty();
        WebElement giftsLane = lane(story.giftsId);
        assertThat(giftsLane.getDomAttribute("data-start")).isEqualTo("2026-03-10");
        assertThat(giftsLane.getDomAttribute("data-end")).isEqualTo("2026-04-30");
        assertThat(giftsLane.findElement(By.cssSelector(".bar")).getText()).isEqualTo("2026-03-10 – 2026-04-30");
        screenshot("2-calendar");

        String window = "start_date=" + FIRST_DAY + "&end_date=" + LAST_DAY;
        open("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId + "&" + window + "&tab=redemptions");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(
                d.findElement(By.id("charts")).getDomAttribute("data-rendered")));
        screenshot("3-campaign-dashboard");

        JsonNode summary = ok(api.get("/v1/campaigns/" + story.couponsId + "/summary?" + window));
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement figure : browser.findElements(By.cssSelector("#totals .figure"))) {
            String counter = figure.getDomAttribute("data-counter");
            String text = figure.findElement(By.cssSelector(".value")).getText();
            shown.put(counter, text);
            assertThat(summary.has(counter)).as(counter).isTrue();
            long fromSummary = summary.get(counter).asLong();
            assertThat(text).as(counter).isEqualTo(counter.contains("amount")
                    ? String.format("%d.%02d", fromSummary / 100, fromSummary % 100) : Long.toString(fromSummary));
        }
        assertThat(shown).containsKeys(EXPECTED_TOTALS.keySet().toArray(String[]::new));
        EXPECTED_TOTALS.forEach((counter, expected) -> assertThat(shown.get(counter)).as(counter)
                .isEqualTo(counter.contains("amount") ? String.format("%d.%02d", expected / 100, expected % 100)
                        : Long.toString(expected)));
        assertThat(shown).containsEntry("orders_amount", "180.00").containsEntry("discounted_amount", "60.00");

        JsonNode chart = ApiClient.json(browser.findElement(By.id("charts")).getDomAttribute("data-series"));
        JsonNode endpoint = ok(ApiClient.anonymous(port).get("/dashboard/api/campaigns/" + story.couponsId
                + "/series?app_id=" + appId + "&" + window));
        assertThat(chart).isEqualTo(endpoint);
        assertThat(chart.get("dates").valueStream().map(JsonNode::asString).toList())
                .containsExactly(FIRST_DAY.toString(), LAST_DAY.toString());
        assertThat(perDay(chart, "validations")).containsExactly(2L, 1L);
        assertThat(perDay(chart, "redemptions")).containsExactly(0L, 4L);
        assertThat(perDay(chart, "rollbacks")).containsExactly(0L, 1L);
        assertThat(perDay(chart, "publications")).containsExactly(3L, 0L);
        assertThat(perDay(chart, "vouchers_created")).containsExactly(5L, 0L);
        assertThat(perDay(chart, "vouchers_deleted")).containsExactly(0L, 0L);
        EXPECTED_TOTALS.forEach((counter, expected) ->
                assertThat(chart.get("totals").get(counter).asLong()).as(counter).isEqualTo(expected));

        List<List<String>> redemptions = tableRows();
        assertThat(redemptions).hasSize(5);
        assertThat(redemptions).filteredOn(r -> r.get(4).equals("FAILURE")).singleElement()
                .satisfies(r -> assertThat(r.get(6)).startsWith("voucher_disabled"));
        assertThat(redemptions).filteredOn(r -> r.get(2).equals("rollback")).singleElement()
                .satisfies(r -> assertThat(r.get(6)).isEqualTo("returned"));

        open("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId + "&" + window + "&tab=activity");
        List<List<String>> activity = tableRows();
        assertThat(browser.findElement(By.cssSelector("#tab table")).getDomAttribute("data-total"))
                .as("created, 1 voucher generation, 3 publications, 3 validations, 4 redemptions, disabled, enabled,"
                        + " 1 rollback").isEqualTo("15");
        assertThat(activity).extracting(r -> r.get(1)).contains("publication.succeeded", "redemption.failed");
        assertThat(activity.get(0).get(1)).isEqualTo("campaign.created");
        assertThat(activity.get(0).get(3)).contains("\"name\"", DashboardStory.COUPONS);
        assertThat(activity).extracting(r -> r.get(1)).containsSubsequence("campaign.disabled", "campaign.enabled");
        screenshot("4-campaign-activity");

        open("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId + "&" + window + "&tab=publications");
        assertThat(tableRows()).hasSize(3).allSatisfy(r -> assertThat(r.get(6)).isEqualTo("SUCCESS"));

        // a publication's customer links to the customer's page, whose figures are the API's answer
        WebElement customerLink = browser.findElement(By.cssSelector("#tab a.customer-link"));
        String customerId = customerLink.getText();
        customerLink.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("/dashboard/customers/" + customerId)
                        && !d.findElements(By.cssSelector("#figures .figure")).isEmpty());
        JsonNode customer = ok(api.get("/v1/customers/" + customerId));
        for (WebElement figure : browser.findElements(By.cssSelector("#figures .figure"))) {
            JsonNode value = customer;
            for (String key : figure.getDomAttribute("data-figure").split("\\.")) {
                value = value.get(key);
            }
            assertThat(figure.getDomAttribute("data-value")).as(figure.getDomAttribute("data-figure"))
                    .isEqualTo(Long.toString(value.asLong()));
        }
        assertThat(tableRows()).singleElement().satisfies(r -> assertThat(r.get(2))
                .isEqualTo("customer.publication.succeeded"));
        screenshot("5-customer");
        open("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId + "&tab=metadata");
        assertThat(browser.findElement(By.id("tab")).getText()).contains("channel", "storefront-test");

        // every type has rules and distributions; the story's publications went out through the API channel
        open("/dashboard/campaigns/" + story.couponsId + "?app_id=" + appId + "&tab=distributions");
        assertThat(tabNames()).contains("rules", "distributions").doesNotContain("transactions", "tiers");
        assertThat(tableRows()).containsExactly(List.of("API", "3", "3", "0"));
        screenshot("6-campaign-distributions");
        open("/dashboard/campaigns/" + story.giftsId + "?app_id=" + appId + "&tab=transactions");
        assertThat(tabNames()).contains("rules", "distributions", "transactions");
        assertThat(browser.findElement(By.id("export-csv")).getDomAttribute("href"))
                .contains("/dashboard/campaigns/" + story.giftsId + "/transactions.csv");
    }

    @Test
    void loyaltyProgramPageShowsItsPointsAndTabsAsTheApiAnswers() throws IOException {
        String appId = "browser-loyalty-" + UUID.randomUUID();
        ApiClient api = ApiClient.forProject(port, appId);
        LoyaltyProgram program = LoyaltyProgram.populate(api, "Dash Loyalty");
        browser = startChromium();

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String window = "start_date=" + today.minusDays(1) + "&end_date=" + today.plusDays(1);
        open("/dashboard/campaigns/" + program.id + "?app_id=" + appId + "&" + window);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(
                d.findElement(By.id("charts")).getDomAttribute("data-rendered")));
        // headings are shown in capitals
        assertThat(browser.findElement(By.id("expiration-rules")).getText().toLowerCase()).contains(
                "campaign point expiration", "6 month(s) after they are added, then to the end of that quarter",
                "period_type", "month");
        JsonNode summary = ok(api.get("/v1/campaigns/" + program.id + "/summary?" + window));
        List<WebElement> points = browser.findElements(By.cssSelector("#total-points .figure"));
        assertThat(points).hasSize(14);
        for (WebElement figure : points) {
            String counter = figure.getDomAttribute("data-counter");
            assertThat(figure.findElement(By.cssSelector(".value")).getText()).as(counter)
                    .isEqualTo(summary.get(counter).asString());
        }
        assertThat(browser.findElement(By.id("total-points")).getText().toLowerCase()).contains("total points",
                "earned", "redeemed", "expired", "pending", "transferred");
        assertThat(tabNames()).containsExactly("cards", "tiers", "earning rules", "rewards", "members", "rules",
                "redemptions", "reward redemptions", "publications", "distributions", "points expiration",
                "pending points", "transactions", "metadata", "activity", "analytics");
        screenshot("7-loyalty-program");

        // each tab's rows are the items of the API's list for it
        Map<String, List<String>> listed = new LinkedHashMap<>();
        listed.put("tiers", ids(ok(api.get("/v1/loyalties/" + program.id + "/tiers")).get("data")));
        listed.put("earning-rules", ids(ok(api.get("/v1/loyalties/" + program.id + "/earning-rules")).get("data")));
        listed.put("rewards", ids(ok(api.get("/v1/loyalties/" + program.id + "/rewards")).get("data")));
        listed.put("pending-points", ids(ok(api.get("/v1/loyalties/" + program.id + "/pending-points")).get("data")));
        listed.forEach((tab, ids) -> {
            open("/dashboard/campaigns/" + program.id + "?app_id=" + appId + "&tab=" + tab);
            assertThat(tableRows()).as(tab).extracting(r -> r.get(0)).containsExactlyElementsOf(ids).isNotEmpty();
        });
        open("/dashboard/campaigns/" + program.id + "?app_id=" + appId + "&tab=points-expiration");
        assertThat(browser.findElement(By.id("export-csv")).getDomAttribute("href"))
                .contains("/dashboard/campaigns/" + program.id + "/points-expiration.csv");
        long expiring = program.codes.stream().mapToLong(code -> ok(api.get("/v1/loyalties/" + program.id
                + "/members/" + code + "/points-expiration")).get("total").asLong()).sum();
        assertThat(browser.findElement(By.cssSelector("#tab table")).getDomAttribute("data-total"))
                .as("every member's buckets").isEqualTo(Long.toString(expiring));
        assertThat(tableRows()).hasSize(20);
        screenshot("9-loyalty-points-expiration");

        open("/dashboard/campaigns/" + program.id + "?app_id=" + appId + "&tab=transactions");
        JsonNode transactions = ok(api.get("/v1/loyalties/" + program.id + "/transactions?limit=20"));
        assertThat(tableRows()).extracting(r -> r.get(1)).containsExactlyElementsOf(ids(transactions.get("data")));
        String bobId = ok(api.get("/v1/loyalties/members/" + program.codes.get(1))).get("id").asString();
        browser.findElement(By.name("voucher_id")).sendKeys(bobId);
        browser.findElement(By.cssSelector("#card-filter button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("voucher_id=" + bobId));
        JsonNode bobsTransactions = ok(api.get("/v1/loyalties/" + program.id + "/transactions?filters[voucher_id]"
                .replace("[", "%5B").replace("]", "%5D") + "%5Bconditions%5D%5B%24is%5D=" + bobId));
        assertThat(tableRows()).extracting(r -> r.get(1)).containsExactlyElementsOf(ids(bobsTransactions.get("data")))
                .hasSize(2);
        assertThat(browser.findElement(By.id("export-csv")).getDomAttribute("href")).contains("voucher_id=" + bobId);
        screenshot("8-loyalty-transactions");

        open("/dashboard/campaigns/" + program.id + "?app_id=" + appId + "&tab=reward-redemptions");
        assertThat(tableRows()).extracting(r -> r.get(2)).containsExactly("rolled back", "redeemed");
        assertThat(tableRows()).allSatisfy(r -> assertThat(r).contains(program.rewardId, "Mug"));
    }

    @Test
    void referralPromotionAndGiftCardPagesShowTheirSectionsAsTheApiAnswers() throws IOException {
        String appId = "browser-types-" + UUID.randomUUID();
        ApiClient api = ApiClient.forProject(port, appId);
        String referral = ok(api.post("/v1/campaigns", Map.of("name", "Dash Referral", "campaign_type",
                "REFERRAL_PROGRAM", "vouchers_count", 3, "referral_program", Map.of("conversion_event_type", "redemption"),
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();
        Map<String, String> codes = new LinkedHashMap<>();
        for (String referrer : List.of("alice", "bob")) {
            codes.put(referrer, ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Dash Referral"),
                    "customer", Map.of("source_id", referrer)))).get("voucher").get("code").asString());
        }
        for (String[] r : new String[][] {{"alice", "carol"}, {"alice", "dave"}, {"bob", "erin"}}) {
            ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher", "id",
                    codes.get(r[0]))), "customer", Map.of("source_id", r[1]), "order", Map.of("amount", 3000))));
        }
        browser = startChromium();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String window = "start_date=" + today + "&end_date=" + today;

        open("/dashboard/campaigns/" + referral + "?app_id=" + appId + "&" + window);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(
                d.findElement(By.id("charts")).getDomAttribute("data-rendered")));
        JsonNode summary = ok(api.get("/v1/campaigns/" + referral + "/summary?" + window));
        Map<String, String> numbers = new LinkedHashMap<>();
        for (WebElement figure : browser.findElements(By.cssSelector("#referral-numbers .figure, #totals .figure"))) {
            numbers.put(figure.getDomAttribute("data-counter"), figure.findElement(By.cssSelector(".value")).getText());
        }
        assertThat(numbers).containsEntry("referral_codes", "3").containsEntry("referrers", "2")
                .containsEntry("referees", "3").containsEntry("referrals", "3")
                .containsEntry("referred_customers", summary.get("referred_customers").asString())
                .containsEntry("redemptions_succeeded", summary.get("redemptions_succeeded").asString());
        List<List<String>> top = browser.findElements(By.cssSelector("#top-referrers tbody tr")).stream()
                .map(DashboardBrowserTest::cells).toList();
        JsonNode alice = ok(api.get("/v1/customers/alice"));
        assertThat(top.get(0).subList(0, 2)).containsExactly(alice.get("id").asString(),
                alice.get("loyalty").get("referred_customers").asString());
        assertThat(browser.findElement(By.id("referral-program")).getText().toLowerCase())
                .contains("conversion event", "redemption of a referral code", "referrers rewards summary");
        assertThat(browser.findElement(By.id("access-settings")).getText()).contains("No areas or stores");
        assertThat(tabNames()).containsExactly("rewards", "referral codes", "rules", "redemptions", "referrers",
                "referees", "distributions", "reward redemptions", "metadata", "activity", "analytics");
        screenshot("10-referral-program");
        open("/dashboard/campaigns/" + referral + "?app_id=" + appId + "&tab=referees");
        assertThat(tableRows()).hasSize(3).extracting(r -> r.get(2)).containsOnly(alice.get("id").asString(),
                ok(api.get("/v1/customers/bob")).get("id").asString());
        open("/dashboard/campaigns/" + referral + "?app_id=" + appId + "&" + window + "&tab=analytics");
        assertThat(tableRows()).containsExactly(List.of(today.toString(), "0", "0", "3", "0", "0", "90.00", "3.00", "3",
                "2"));

        String promotion = ok(api.post("/v1/campaigns", Map.of("name", "Dash Promotion", "campaign_type", "PROMOTION")))
                .get("id").asString();
        for (Map<String, Object> discount : List.of(Map.<String, Object>of("type", "AMOUNT", "amount_off", 1000),
                Map.<String, Object>of("type", "PERCENT", "percent_off", 15, "effect", "APPLY_TO_ITEMS"))) {
            ok(api.post("/v1/promotions/" + promotion + "/tiers", Map.of("name", "Tier " + discount.get("type"),
                    "action", Map.of("discount", discount))));
        }
        open("/dashboard/campaigns/" + promotion + "?app_id=" + appId);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(
                d.findElement(By.id("charts")).getDomAttribute("data-rendered")));
        List<String> tiers = ok(api.get("/v1/promotions/" + promotion + "/tiers")).get("tiers").valueStream()
                .map(t -> t.get("name").asString()).toList();
        assertThat(browser.findElements(By.cssSelector("#redemption-values tbody tr")).stream()
                .map(DashboardBrowserTest::cells).toList()).containsExactly(
                List.of(tiers.get(0), "10.00 off", "the whole order"), List.of(tiers.get(1), "15% off", "each matching item"));
        assertThat(tabNames()).containsExactly("tiers", "rules", "redemptions", "distributions", "metadata", "activity",
                "analytics");
        screenshot("11-promotion");

        String gifts = ok(api.post("/v1/campaigns", Map.of("name", "Dash Gifts", "campaign_type", "GIFT_VOUCHERS",
                "vouchers_count", 2, "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000)))))
                .get("id").asString();
        String card = ok(api.get("/v1/vouchers?campaign_id=" + gifts)).get("vouchers").get(0).get("code").asString();
        ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher", "id", card,
                "gift", Map.of("credits", 1200))), "order", Map.of("amount", 1200))));
        open("/dashboard/campaigns/" + gifts + "?app_id=" + appId + "&" + window + "&tab=transactions");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "true".equals(
                d.findElement(By.id("charts")).getDomAttribute("data-rendered")));
        JsonNode giftSummary = ok(api.get("/v1/campaigns/" + gifts + "/summary?" + window));
        assertThat(browser.findElement(By.cssSelector("#totals .figure[data-counter='amount_redeemed'] .value"))
                .getText()).isEqualTo("12.00");
        assertThat(giftSummary.get("amount_redeemed").asLong()).isEqualTo(1200);
        int transactions = ok(api.get("/v1/vouchers/" + card + "/transactions")).get("data").size();
        assertThat(transactions).isPositive();
        assertThat(tableRows()).hasSize(transactions);
        screenshot("12-gift-cards");
    }

    private static List<String> ids(JsonNode items) {
        return items.valueStream().map(i -> i.get("id").asString()).toList();
    }

    private List<String> tabNames() {
        return browser.findElements(By.cssSelector("nav.tabs a")).stream().map(a -> a.getText().toLowerCase())
                .toList();
    }

    private ChromeDriver startChromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1700",
                "--user-data-dir=" + Files.createTempDirectory("dashboard-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private WebElement row(String campaignId) {
        return browser.findElement(By.cssSelector("#campaigns tr[data-campaign-id='" + campaignId + "']"));
    }

    private WebElement lane(String campaignId) {
        return browser.findElement(By.cssSelector("#calendar .lane[data-campaign-id='" + campaignId + "']"));
    }

    private List<String> campaignIds() {
        return browser.findElements(By.cssSelector("#campaigns tr[data-campaign-id]")).stream()
                .map(r -> r.getDomAttribute("data-campaign-id")).toList();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private List<List<String>> tableRows() {
        return browser.findElements(By.cssSelector("#tab table tbody tr")).stream().map(DashboardBrowserTest::cells)
                .toList();
    }

    private static List<Long> perDay(JsonNode series, String counter) {
        return series.get("series").get(counter).valueStream().map(JsonNode::asLong).toList();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
