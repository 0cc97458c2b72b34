package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard pages. They live outside {@code /v1}, so no API credentials: the project is the
 * {@code app_id} query parameter (the X-App-Id the API is called with), which keeps links shareable.
 */
@Controller
@Hidden
@RequestMapping("/dashboard")
class DashboardController {

    static final List<String> STATUSES = List.of("active", "disabled", "expired", "scheduled");
    static final List<String> TABS = List.of("vouchers", "rules", "redemptions", "publications", "distributions",
            "metadata", "activity", "analytics");
    static final List<String> LOYALTY_TABS = List.of("cards", "tiers", "earning-rules", "rewards", "members",
            "rules", "redemptions", "reward-redemptions", "publications", "distributions", "points-expiration",
            "pending-points", "transactions", "metadata", "activity", "analytics");
    static final List<String> PROMOTION_TABS = List.of("tiers", "rules", "redemptions", "distributions", "metadata",
            "activity", "analytics");
    static final List<String> REFERRAL_TABS = List.of("rewards", "referral-codes", "rules", "redemptions",
            "referrers", "referees", "distributions", "reward-redemptions", "metadata", "activity", "analytics");
    static final List<String> GIFT_TABS = List.of("vouchers", "rules", "redemptions", "publications",
            "distributions", "transactions", "metadata", "activity", "analytics");

    private final CampaignDashboards dashboards;
    private final CampaignFigures figures;
    private final CampaignTables tables;
    private final CampaignTabs campaignTabs;
    private final CampaignTransactions transactions;
    private final PromotionTiersTab promotionTiers;
    private final ReferralSections referrals;
    private final LoyaltyTabs loyalty;
    private final LoyaltyExports loyaltyExports;
    private final JsonMapper json;

    DashboardController(CampaignDashboards dashboards, CampaignFigures figures, CampaignTables tables,
                        CampaignTabs campaignTabs, CampaignTransactions transactions,
                        PromotionTiersTab promotionTiers, ReferralSections referrals, LoyaltyTabs loyalty,
                        LoyaltyExports loyaltyExports, JsonMapper json) {
        this.dashboards = dashboards;
        this.figures = figures;
        this.tables = tables;
        this.campaignTabs = campaignTabs;
        this.transactions = transactions;
        this.promotionTiers = promotionTiers;
        this.referrals = referrals;
        this.loyalty = loyalty;
        this.loyaltyExports = loyaltyExports;
        this.json = json;
    }

    /** The tabs of a campaign page, by campaign type; the first is shown when none is chosen. */
    static List<String> tabsOf(CampaignType type) {
        return switch (type) {
            case LOYALTY_PROGRAM -> LOYALTY_TABS;
            case GIFT_VOUCHERS -> GIFT_TABS;
            case PROMOTION -> PROMOTION_TABS;
            case REFERRAL_PROGRAM -> REFERRAL_TABS;
            default -> TABS;
        };
    }

    @GetMapping
    String campaigns(@RequestParam(name = "app_id", required = false) String appId,
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) String status,
                     @RequestParam(required = false) String name,
                     @RequestParam(defaultValue = "1") int page,
                     Model model) {
        if (appId == null || appId.isBlank()) {
            return "dashboard/choose-project";
        }
        CampaignType campaignType = Arrays.stream(CampaignType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElse(null);
        String chosenStatus = status != null && STATUSES.contains(status) ? status : null;
        var found = dashboards.list(appId, campaignType, chosenStatus, name, Math.max(1, Math.min(page, 100)));
        model.addAttribute("appId", appId);
        model.addAttribute("campaigns", found.getContent());
        model.addAttribute("pager", DashboardViews.Pager.of(found));
        model.addAttribute("types", CampaignType.values());
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("type", campaignType == null ? "" : campaignType.name());
        model.addAttribute("status", chosenStatus == null ? "" : chosenStatus);
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/dashboard").queryParam("app_id", appId)
                .queryParamIfPresent("type", Optional.ofNullable(campaignType))
                .queryParamIfPresent("status", Optional.ofNullable(chosenStatus))
                .queryParamIfPresent("name", Optional.ofNullable(name).filter(n -> !n.isBlank()))
                .encode().toUriString());
        return "dashboard/campaigns";
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(name = "app_id", required = false) String appId,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    Model model) {
        if (appId == null || appId.isBlank()) {
            return "dashboard/choose-project";
        }
        LocalDate today = dashboards.today();
        LocalDate start = date(from, today.minusDays(30));
        LocalDate end = date(to, today.plusDays(90));
        if (end.isBefore(start) || end.isAfter(start.plusYears(3))) {
            end = start.plusDays(120);
        }
        model.addAttribute("appId", appId);
        model.addAttribute("calendar", dashboards.calendar(appId, start, end));
        return "dashboard/calendar";
    }

    @GetMapping("/campaigns/{campaignId}")
    String campaign(@PathVariable String campaignId,
                    @RequestParam(name = "app_id", required = false) String appId,
                    @RequestParam(name = "start_date", required = false) String startDate,
                    @RequestParam(name = "end_date", required = false) String endDate,
                    @RequestParam(required = false) String tab,
                    @RequestParam(defaultValue = "1") int page,
                    @RequestParam(name = "voucher_id", required = false) String voucherId,
                    Model model) {
        if (appId == null || appId.isBlank()) {
            model.addAttribute("campaignId", campaignId);
            return "dashboard/choose-project";
        }
        CampaignResponse campaign = dashboards.campaign(appId, campaignId);
        Period period = Period.of(startDate, endDate, dashboards.today());
        CampaignSeriesResponse series = figures.series(campaign.id(), period);
        List<String> tabs = tabsOf(campaign.campaignType());
        String chosenTab = tab != null && tabs.contains(tab) ? tab : tabs.get(0);
        // a page's offset must stay within an int (a larger one was a 500): at most 20 million rows in
        int chosenPage = Math.min(Math.max(1, page), 1_000_000);
        model.addAttribute("appId", appId);
        model.addAttribute("campaign", campaign);
        model.addAttribute("status", dashboards.status(campaign));
        model.addAttribute("period", period);
        model.addAttribute("details", dashboards.details(campaign));
        model.addAttribute("groups", figures.figures(campaign.campaignType(), series.totals()));
        model.addAttribute("seriesJson", figures.toJson(series));
        model.addAttribute("tabs", tabs);
        model.addAttribute("tab", chosenTab);
        boolean program = campaign.campaignType() == CampaignType.LOYALTY_PROGRAM;
        String card = program && "transactions".equals(chosenTab) && voucherId != null && !voucherId.isBlank()
                ? voucherId.trim() : null;
        model.addAttribute("voucherId", card == null ? "" : card);
        model.addAttribute("pointGroups", figures.points(campaign.campaignType(), series.totals()));
        if (program) {
            model.addAttribute("expirationRules", LoyaltyProgramView.expirationRules(campaign, json));
        }
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/dashboard/campaigns/{id}")
                .queryParam("app_id", appId).queryParam("start_date", period.start())
                .queryParam("end_date", period.end()).queryParam("tab", chosenTab)
                .queryParamIfPresent("voucher_id", Optional.ofNullable(card))
                .encode().buildAndExpand(campaign.id()).toUriString());
        if (campaign.campaignType() == CampaignType.REFERRAL_PROGRAM) {
            model.addAttribute("referral", referrals.overview(appId, campaign));
        }
        // the main page's overview and the distributions tab are one table: read once
        boolean promotion = campaign.campaignType() == CampaignType.PROMOTION;
        DashboardViews.Table distributions = !promotion || chosenTab.equals("distributions")
                ? campaignTabs.distributions(appId, campaign.id()) : null;
        if (promotion) {
            model.addAttribute("redemptionValues", promotionTiers.redemptionValues(campaign));
        } else {
            model.addAttribute("distributionOverview", distributions);
        }
        if (program && loyaltyTab(model, appId, campaign.id(), chosenTab, chosenPage, card)) {
            return "dashboard/campaign";
        }
        switch (chosenTab) {
            case "analytics" -> model.addAttribute("table", AnalyticsTab.table(campaign.campaignType(), series,
                    chosenPage, CampaignDashboards.PAGE_SIZE));
            case "referrers" -> model.addAttribute("table", referrals.referrers(appId, campaign.id(), chosenPage));
            case "referees" -> model.addAttribute("table", referrals.referees(appId, campaign.id(), chosenPage));
            case "rewards" -> {
                model.addAttribute("table", referrals.rewards(campaign));
                model.addAttribute("notice", "Referrer rewards (referral tiers) are not emulated: only the referee "
                        + "reward of referral_program is shown.");
            }
            case "reward-redemptions" -> {
                model.addAttribute("table", new DashboardViews.Table(List.of("Date", "Referrer", "Reward", "Status"),
                        List.of(), new DashboardViews.Pager(1, 1, 0)));
                model.addAttribute("notice", "The emulator issues no referrer rewards (referral tiers are not "
                        + "emulated), so no reward is redeemed.");
            }
            case "redemptions" -> model.addAttribute("table", tables.redemptions(appId, campaign.id(), chosenPage));
            case "publications" -> model.addAttribute("table", tables.publications(appId, campaign.id(), chosenPage));
            case "activity" -> model.addAttribute("table", tables.activity(campaign.id(), chosenPage));
            case "members" -> model.addAttribute("table", tables.members(appId, campaign.id(), chosenPage));
            case "metadata" -> model.addAttribute("metadata", dashboards.metadata(campaign));
            case "rules" -> model.addAttribute("table", campaignTabs.rules(appId, campaign));
            case "distributions" -> model.addAttribute("table", distributions);
            case "tiers" -> model.addAttribute("table", promotionTiers.tiers(appId, campaign));
            case "transactions" -> model.addAttribute("table", transactions.table(appId, campaign.id(), chosenPage));
            default -> model.addAttribute("table", tables.vouchers(appId, campaign.id(), chosenPage));
        }
        return "dashboard/campaign";
    }

    // the tabs only a loyalty program has, and those it shows its own way; false: a tab every type has
    private boolean loyaltyTab(Model model, String appId, String campaignId, String tab, int page, String card) {
        Table table = switch (tab) {
            case "cards" -> loyalty.cards(appId, campaignId, page);
            case "tiers" -> loyalty.tiers(appId, campaignId);
            case "earning-rules" -> loyalty.earningRules(appId, campaignId, page);
            case "rewards" -> loyalty.rewards(appId, campaignId, page);
            case "reward-redemptions" -> loyalty.rewardRedemptions(appId, campaignId, page);
            case "points-expiration" -> loyalty.pointsExpiration(appId, campaignId, page);
            case "pending-points" -> loyalty.pendingPoints(appId, campaignId, page);
            case "transactions" -> loyalty.transactions(appId, campaignId, card, page);
            default -> null;
        };
        if (table != null) {
            model.addAttribute("table", table);
        }
        return table != null;
    }

    /**
     * A loyalty program's upcoming point expirations as a CSV download: every card's buckets, as
     * GET /v1/loyalties/{id}/members/{memberId}/points-expiration lists them.
     */
    @GetMapping("/campaigns/{campaignId}/points-expiration.csv")
    ResponseEntity<byte[]> pointsExpirationCsv(@PathVariable String campaignId,
                                               @RequestParam(name = "app_id", required = false) String appId) {
        CampaignResponse campaign = dashboards.campaign(required(appId), campaignId);
        if (campaign.campaignType() != CampaignType.LOYALTY_PROGRAM) {
            throw ApiException.notFound("loyalty program", campaignId);
        }
        return download(campaign.id() + "-points-expiration.csv", loyaltyExports.pointsExpiration(appId,
                campaign.id()));
    }

    /** A gift card campaign's transactions as a CSV download, the rows GET /v1/vouchers/{code}/transactions lists. */
    @GetMapping("/campaigns/{campaignId}/transactions.csv")
    ResponseEntity<byte[]> transactionsCsv(@PathVariable String campaignId,
                                           @RequestParam(name = "app_id", required = false) String appId,
                                           @RequestParam(name = "voucher_id", required = false) String voucherId) {
        CampaignResponse campaign = dashboards.campaign(required(appId), campaignId);
        // a loyalty program's: GET /v1/loyalties/{id}/transactions, of one card with voucher_id
        String csv = campaign.campaignType() == CampaignType.LOYALTY_PROGRAM
                ? loyaltyExports.transactions(appId, campaign.id(),
                        voucherId == null || voucherId.isBlank() ? null : voucherId.trim())
                : transactions.csv(appId, campaign.id());
        return download(campaign.id() + (voucherId == null || voucherId.isBlank() ? "" : "-" + voucherId.trim())
                + "-transactions.csv", csv);
    }

    private static String required(String appId) {
        if (appId == null || appId.isBlank()) {
            throw ApiException.invalidQueryParams("Query parameter 'app_id' (the project's X-App-Id) is required");
        }
        return appId;
    }

    private static ResponseEntity<byte[]> download(String filename, String csv) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename)
                        .build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(ApiException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ApiException e, Model model) {
        model.addAttribute("message", e.details());
        return "dashboard/not-found";
    }

    private static LocalDate date(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
