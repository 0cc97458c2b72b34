package dev.voucheremulator.dashboard;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.analytics.DailyCounters;
import dev.voucheremulator.analytics.RecordedEvent;
import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.campaign.CampaignListQuery;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.dashboard.DashboardViews.CalendarBar;
import dev.voucheremulator.dashboard.DashboardViews.CalendarTick;
import dev.voucheremulator.dashboard.DashboardViews.CampaignRow;
import dev.voucheremulator.dashboard.DashboardViews.Detail;
import dev.voucheremulator.dashboard.DashboardViews.Figure;
import dev.voucheremulator.dashboard.DashboardViews.FigureGroup;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import dev.voucheremulator.loyalty.LoyaltyMemberService;
import dev.voucheremulator.publication.PublicationRow;
import dev.voucheremulator.publication.PublicationService;
import dev.voucheremulator.redemption.RedemptionRow;
import dev.voucheremulator.redemption.RedemptionService;
import dev.voucheremulator.spec.Discount;
import dev.voucheremulator.voucher.VoucherListQuery;
import dev.voucheremulator.voucher.VoucherResponse;
import dev.voucheremulator.voucher.VoucherService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads what the dashboard pages show, through the features' public services. */
@Service
@Transactional(readOnly = true)
class CampaignDashboards {

    static final int PAGE_SIZE = 20;
    /** The calendar reads at most this many campaigns (newest first). */
    static final int CALENDAR_LIMIT = 1_000;

    private final CampaignService campaigns;
    private final AnalyticsService analytics;
    private final VoucherService vouchers;
    private final RedemptionService redemptions;
    private final PublicationService publications;
    private final LoyaltyMemberService members;
    private final JsonMapper json;
    private final Clock clock;

    CampaignDashboards(CampaignService campaigns, AnalyticsService analytics, VoucherService vouchers,
                       RedemptionService redemptions, PublicationService publications, LoyaltyMemberService members,
                       JsonMapper json, Clock clock) {
        this.campaigns = campaigns;
        this.analytics = analytics;
        this.vouchers = vouchers;
        this.redemptions = redemptions;
        this.publications = publications;
        this.members = members;
        this.json = json;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** {@code status}: active, disabled, expired or scheduled, as the list shows it; {@code name}: a part of it. */
    Page<CampaignRow> list(String projectId, CampaignType type, String status, String name, int page) {
        Map<String, String[]> filters = new LinkedHashMap<>();
        if (name != null && !name.isBlank()) {
            filters.put("filters[campaigns][conditions][$contains]", new String[]{name.trim()});
        }
        switch (status == null ? "" : status) {
            case "active" -> filters.put("filters[active][conditions][$active]", new String[]{""});
            case "disabled" -> filters.put("filters[active][conditions][$disabled]", new String[]{""});
            case "expired" -> filters.put("filters[active][conditions][$expired]", new String[]{""});
            case "scheduled" -> filters.put("filters[status][conditions][before_start]", new String[]{""});
            default -> { }
        }
        CampaignListQuery query = CampaignListQuery.of(PAGE_SIZE, page, type, null, null, null, null, filters);
        ListEnvelope<CampaignResponse> found = campaigns.list(projectId, query);
        Instant now = clock.instant();
        List<CampaignRow> rows = found.data().stream().map(c -> row(c, now)).toList();
        return new PageImpl<>(rows, PageRequest.of(page - 1, PAGE_SIZE), found.total());
    }

    record Calendar(List<CalendarBar> bars, List<CalendarTick> ticks, LocalDate from, LocalDate to,
                    double todayLeft, boolean truncated) {
    }

    /** Campaigns that run at some time in {@code [from, to]} (whole UTC days), as bars on a time axis. */
    Calendar calendar(String projectId, LocalDate from, LocalDate to) {
        Instant windowStart = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant windowEnd = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        double length = windowEnd.toEpochMilli() - windowStart.toEpochMilli();
        Instant now = clock.instant();
        List<CalendarBar> bars = new ArrayList<>();
        long read = 0;
        long total = Long.MAX_VALUE;
        for (int page = 1; read < total && read < CALENDAR_LIMIT; page++) {
            ListEnvelope<CampaignResponse> found = campaigns.list(projectId,
                    CampaignListQuery.of(100, page, null, null, null, null, null, Map.of()));
            total = found.total();
            read += found.data().size();
            if (found.data().isEmpty()) {
                break;
            }
            for (CampaignResponse c : found.data()) {
                // A campaign without a start date runs from its creation; without an expiration, open-ended.
                Instant start = c.startDate() != null ? c.startDate() : c.createdAt();
                Instant end = c.expirationDate();
                if (start.isAfter(windowEnd) || (end != null && end.isBefore(windowStart))) {
                    continue;
                }
                Instant barStart = start.isBefore(windowStart) ? windowStart : start;
                Instant barEnd = end == null || end.isAfter(windowEnd) ? windowEnd : end;
                double left = (barStart.toEpochMilli() - windowStart.toEpochMilli()) / length * 100;
                double width = Math.max(0.5, (barEnd.toEpochMilli() - barStart.toEpochMilli()) / length * 100);
                bars.add(new CalendarBar(c.id(), c.name(), c.campaignType().name(), status(c, now),
                        Formats.date(start), end == null ? "" : Formats.date(end), end == null,
                        round(left), round(Math.min(width, 100 - left))));
            }
        }
        bars.sort((a, b) -> a.start().compareTo(b.start()) != 0 ? a.start().compareTo(b.start())
                : a.name().compareTo(b.name()));
        List<CalendarTick> ticks = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            if (!month.isBefore(from)) {
                double left = (month.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                        - windowStart.toEpochMilli()) / length * 100;
                ticks.add(new CalendarTick(month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                        Locale.ENGLISH) + " " + month.getYear(), round(left)));
            }
        }
        double todayLeft = now.isBefore(windowStart) || !now.isBefore(windowEnd) ? -1
                : round((now.toEpochMilli() - windowStart.toEpochMilli()) / length * 100);
        return new Calendar(bars, ticks, from, to, todayLeft, read < total);
    }

    CampaignResponse campaign(String projectId, String campaignId) {
        return campaigns.get(projectId, campaignId);
    }

    String status(CampaignResponse c) {
        return status(c, clock.instant());
    }

    /** Every counter per day over the period, and the period's totals, from the summary's own sums. */
    CampaignSeriesResponse series(String campaignId, Period period) {
        List<DailyCounters> days = analytics.daily(campaignId, period.start(), period.end());
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (Counter counter : Counter.values()) {
            series.put(counter.field(), days.stream().map(d -> d.get(counter)).toList());
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        analytics.totals(campaignId, period.from(), period.to()).forEach((c, v) -> totals.put(c.field(), v));
        return new CampaignSeriesResponse(campaignId, period.start().toString(), period.end().toString(),
                days.stream().map(d -> d.day().toString()).toList(), series, totals);
    }

    String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    /** The summary figures the campaign's type has, grouped as the dashboard shows them. */
    List<FigureGroup> figures(CampaignType type, Map<String, Long> totals) {
        List<FigureGroup> groups = new ArrayList<>();
        List<Figure> activity = new ArrayList<>();
        for (String key : List.of("validations", "validations_succeeded", "validations_failed", "redemptions",
                "redemptions_succeeded", "redemptions_failed", "rollbacks", "rollbacks_succeeded", "rollbacks_failed")) {
            activity.add(count(key, totals));
        }
        if (type != CampaignType.PROMOTION) {
            for (String key : List.of("publications", "publications_succeeded", "publications_failed",
                    "vouchers_created", "vouchers_deleted")) {
                activity.add(count(key, totals));
            }
        }
        groups.add(new FigureGroup("Activity", activity));
        List<Figure> budget = new ArrayList<>(List.of(money("orders_amount", totals),
                money("orders_rolledback_amount", totals)));
        if (type != CampaignType.GIFT_VOUCHERS && type != CampaignType.LOYALTY_PROGRAM) {
            budget.add(money("discounted_amount", totals));
            budget.add(money("rolledback_discounted_amount", totals));
        }
        groups.add(new FigureGroup("Budget", budget));
        if (type == CampaignType.GIFT_VOUCHERS) {
            groups.add(new FigureGroup("Gift credits", List.of("created_vouchers_amount", "amount_added",
                    "amount_deleted", "amount_redeemed", "amount_rolledback", "amount_subtracted").stream()
                    .map(k -> money(k, totals)).toList()));
        }
        if (type == CampaignType.LOYALTY_PROGRAM) {
            groups.add(new FigureGroup("Points", List.of("created_vouchers_points", "points_added", "points_rewarded",
                    "points_redeemed", "points_expired", "points_subtracted", "points_deleted", "points_rolledback",
                    "points_transferred_in", "points_transferred_out", "pending_points_added",
                    "pending_points_activated", "pending_points_subtracted", "pending_points_canceled").stream()
                    .map(k -> count(k, totals)).toList()));
        }
        if (type == CampaignType.REFERRAL_PROGRAM) {
            groups.add(new FigureGroup("Referrals", List.of(count("referred_customers", totals))));
        }
        return groups;
    }

    /** The campaign's configuration in words. */
    List<Detail> details(CampaignResponse c) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("Id", c.id()));
        details.add(new Detail("Type", c.campaignType().name()));
        details.add(new Detail("Code generation", c.type() == null ? "" : c.type().name()));
        if (c.description() != null) {
            details.add(new Detail("Description", c.description()));
        }
        details.add(new Detail("Status", status(c)));
        details.add(new Detail("Category", Objects.toString(c.category(), "")));
        details.add(new Detail("Start date", Formats.dateTime(c.startDate())));
        details.add(new Detail("Expiration date", Formats.dateTime(c.expirationDate())));
        if (c.validityTimeframe() != null) {
            details.add(new Detail("Validity timeframe", "every " + c.validityTimeframe().interval() + " for "
                    + c.validityTimeframe().duration()));
        }
        if (c.validityDayOfWeek() != null && !c.validityDayOfWeek().isEmpty()) {
            details.add(new Detail("Valid on days of week", c.validityDayOfWeek().toString()));
        }
        CampaignResponse.Voucher v = c.voucher();
        if (v != null) {
            details.add(new Detail("Voucher type", v.type() == null ? "" : v.type().name()));
            if (v.discount() != null) {
                details.add(new Detail("Discount", discount(v.discount())));
            }
            if (v.gift() != null) {
                details.add(new Detail("Gift credits", Formats.money(v.gift().amount())
                        + (v.gift().effect() == null ? "" : " (" + v.gift().effect() + ")")));
            }
            if (v.loyaltyCard() != null) {
                details.add(new Detail("Points per card", Objects.toString(v.loyaltyCard().points(), "0")));
            }
            if (v.redemption() != null) {
                details.add(new Detail("Redemptions per voucher", v.redemption().quantity() == null ? "unlimited"
                        : v.redemption().quantity().toString()));
            }
            if (v.codeConfig() != null && v.codeConfig().pattern() != null) {
                details.add(new Detail("Code pattern", v.codeConfig().pattern()));
            }
        }
        details.add(new Detail("Vouchers", Integer.toString(c.vouchersCount())));
        details.add(new Detail("Join once", c.joinOnce() ? "yes" : "no"));
        details.add(new Detail("Auto join", c.autoJoin() ? "yes" : "no"));
        details.add(new Detail("Created", Formats.dateTime(c.createdAt())));
        details.add(new Detail("Updated", Formats.dateTime(c.updatedAt())));
        return details;
    }

    List<Detail> metadata(CampaignResponse c) {
        return c.metadata() == null ? List.of() : c.metadata().entrySet().stream()
                .map(e -> new Detail(e.getKey(), e.getValue() instanceof String s ? s : json.writeValueAsString(e.getValue())))
                .toList();
    }

    Table vouchers(String projectId, String campaignId, int page) {
        VoucherListQuery d = VoucherListQuery.DEFAULT;
        ListEnvelope<VoucherResponse> found = vouchers.list(projectId, new VoucherListQuery(PAGE_SIZE, page,
                campaignId, null, null, null, null, List.of(), d.order(), null, null, null, null));
        List<List<String>> rows = found.data().stream().map(v -> List.of(v.code(), v.active() ? "yes" : "no",
                redeemed(v), v.publish() == null ? "0" : Integer.toString(v.publish().count()),
                Objects.toString(v.holderId(), ""), balance(v), Formats.dateTime(v.createdAt()))).toList();
        return new Table(List.of("Code", "Active", "Redeemed", "Published", "Holder", "Balance", "Created"), rows,
                pager(page, found.total()));
    }

    Table redemptions(String projectId, String campaignId, int page) {
        Page<RedemptionRow> found = redemptions.listOfCampaign(projectId, campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(r -> List.of(Formats.dateTime(r.createdAt()), r.id(),
                r.object().equals("redemption") ? "redemption" : "rollback", Objects.toString(r.voucherCode(), ""),
                r.result(), Objects.toString(r.status(), ""),
                r.failureCode() == null ? Objects.toString(r.reason(), "")
                        : r.failureCode() + (r.failureMessage() == null ? "" : ": " + r.failureMessage()),
                Formats.money(r.orderAmount()), Formats.money(r.discountAmount()),
                Objects.toString(r.customerId(), ""))).toList();
        return new Table(List.of("Date", "Id", "Kind", "Voucher", "Result", "Status", "Failure / reason",
                "Order amount", "Discount", "Customer"), rows, Pager.of(found));
    }

    Table publications(String projectId, String campaignId, int page) {
        Page<PublicationRow> found = publications.listOfCampaign(projectId, campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(p -> List.of(Formats.dateTime(p.createdAt()), p.id(),
                Objects.toString(p.voucherCode(), ""), p.customerId(), Objects.toString(p.sourceId(), ""),
                Objects.toString(p.channel(), ""), p.result(),
                p.failureCode() == null ? "" : p.failureCode() + (p.failureMessage() == null ? ""
                        : ": " + p.failureMessage()))).toList();
        return new Table(List.of("Date", "Id", "Voucher", "Customer", "Source id", "Channel", "Result", "Failure"),
                rows, Pager.of(found));
    }

    /**
     * The campaign's events in the order they happened: changes to the campaign (with the request
     * payload) and everything the summary counts (with what it moved), each with its details.
     */
    Table activity(String campaignId, int page) {
        Page<RecordedEvent> found = analytics.events(campaignId, page - 1, PAGE_SIZE);
        List<List<String>> rows = found.stream().map(e -> List.of(Formats.dateTime(e.occurredAt()), e.type(),
                e.deltas().isEmpty() ? "" : json.writeValueAsString(e.deltas()),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(e.details()))).toList();
        return new Table(List.of("Date", "Event", "Counters", "Details"), rows, Pager.of(found));
    }

    /** A loyalty program's members: one row per card that has a holder. */
    @Transactional // listing members first expires the points that are due, a write
    Table members(String projectId, String campaignId, int page) {
        int chosen = Math.min(page, 100);
        ListEnvelope<VoucherResponse> found = members.list(projectId, campaignId, PAGE_SIZE, chosen);
        List<List<String>> rows = found.data().stream().map(v -> List.of(v.code(),
                Objects.toString(v.holderId(), ""), balance(v), Formats.dateTime(v.createdAt()))).toList();
        return new Table(List.of("Card code", "Customer", "Balance", "Joined"), rows, pager(chosen, found.total()));
    }

    private static Pager pager(int page, long total) {
        return new Pager(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
    }

    private static String redeemed(VoucherResponse v) {
        if (v.redemption() == null) {
            return "";
        }
        return v.redemption().redeemedQuantity() + " / "
                + (v.redemption().quantity() == null ? "unlimited" : v.redemption().quantity());
    }

    private static String balance(VoucherResponse v) {
        if (v.gift() != null && v.gift().balance() != null) {
            return Formats.money(v.gift().balance());
        }
        if (v.loyaltyCard() != null && v.loyaltyCard().balance() != null) {
            return v.loyaltyCard().balance() + " points";
        }
        return "";
    }

    private static String discount(Discount d) {
        if (d.type() == null) {
            return "";
        }
        String what = switch (d.type()) {
            case AMOUNT -> d.amountOff() != null ? Formats.money(d.amountOff()) + " off" : "amount off: " + d.amountOffFormula();
            case PERCENT -> d.percentOff() != null ? d.percentOff().stripTrailingZeros().toPlainString() + "% off"
                    + (d.amountLimit() == null ? "" : ", at most " + Formats.money(d.amountLimit()))
                    : "percent off: " + d.percentOffFormula();
            case FIXED -> d.fixedAmount() != null ? "fixed price " + Formats.money(d.fixedAmount())
                    : "fixed price: " + d.fixedAmountFormula();
            case UNIT -> d.unitOff() != null ? d.unitOff() + " unit(s) of " + Objects.toString(d.unitType(), "items")
                    : "units: " + Objects.toString(d.unitOffFormula(), "several");
        };
        return d.effect() == null ? what : what + " (" + d.effect() + ")";
    }

    private static Figure count(String key, Map<String, Long> totals) {
        long value = totals.getOrDefault(key, 0L);
        return new Figure(key, label(key), value, Long.toString(value));
    }

    private static Figure money(String key, Map<String, Long> totals) {
        long value = totals.getOrDefault(key, 0L);
        return new Figure(key, label(key), value, Formats.money(value));
    }

    private static String label(String key) {
        String words = key.replace('_', ' ').replace("rolledback", "rolled back");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static CampaignRow row(CampaignResponse c, Instant now) {
        return new CampaignRow(c.id(), c.name(), c.campaignType().name(), status(c, now), c.active(),
                Formats.date(c.startDate()), Formats.date(c.expirationDate()), c.vouchersCount(),
                Formats.date(c.createdAt()));
    }

    /** disabled, scheduled (before its start date), expired (after its expiration date) or active. */
    private static String status(CampaignResponse c, Instant now) {
        if (!c.active()) {
            return "disabled";
        }
        if (c.startDate() != null && c.startDate().isAfter(now)) {
            return "scheduled";
        }
        if (c.expirationDate() != null && !c.expirationDate().isAfter(now)) {
            return "expired";
        }
        return "active";
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }
}
