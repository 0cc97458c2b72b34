package dev.voucheremulator.dashboard;

import dev.voucheremulator.api.query.ListEnvelope;
import dev.voucheremulator.campaign.CampaignListQuery;
import dev.voucheremulator.campaign.CampaignResponse;
import dev.voucheremulator.campaign.CampaignService;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.dashboard.DashboardViews.CalendarBar;
import dev.voucheremulator.dashboard.DashboardViews.CalendarTick;
import dev.voucheremulator.dashboard.DashboardViews.CampaignRow;
import dev.voucheremulator.dashboard.DashboardViews.Detail;
import dev.voucheremulator.spec.Discount;
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

/**
 * The campaign list, the calendar and a campaign's details, read through the campaign feature's
 * public service; {@link CampaignFigures} and {@link CampaignTables} read the rest of a campaign page.
 */
@Service
@Transactional(readOnly = true)
class CampaignDashboards {

    static final int PAGE_SIZE = 20;
    /** The calendar reads at most this many campaigns (newest first). */
    static final int CALENDAR_LIMIT = 1_000;

    private final CampaignService campaigns;
    private final JsonMapper json;
    private final Clock clock;

    CampaignDashboards(CampaignService campaigns, JsonMapper json, Clock clock) {
        this.campaigns = campaigns;
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
                Instant start = c.validity().startDate() != null ? c.validity().startDate() : c.createdAt();
                Instant end = c.validity().expirationDate();
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
        details.add(new Detail("Start date", Formats.dateTime(c.validity().startDate())));
        details.add(new Detail("Expiration date", Formats.dateTime(c.validity().expirationDate())));
        if (c.validity().validityTimeframe() != null) {
            details.add(new Detail("Validity timeframe", "every " + c.validity().validityTimeframe().interval() + " for "
                    + c.validity().validityTimeframe().duration()));
        }
        if (c.validity().validityDayOfWeek() != null && !c.validity().validityDayOfWeek().isEmpty()) {
            details.add(new Detail("Valid on days of week", c.validity().validityDayOfWeek().toString()));
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
        if (c.vouchersCount() != null) {
            details.add(new Detail("Vouchers", Integer.toString(c.vouchersCount())));
        }
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

    private static String discount(Discount d) {
        String what = discountValue(d);
        return d.effect() == null || what.isEmpty() ? what : what + " (" + d.effect() + ")";
    }

    /** What a discount takes off, without its effect: "20.00 off", "10% off, at most 5.00". */
    static String discountValue(Discount d) {
        if (d == null || d.type() == null) {
            return "";
        }
        return switch (d.type()) {
            case AMOUNT -> d.amountOff() != null ? Formats.money(d.amountOff()) + " off" : "amount off: " + d.amountOffFormula();
            case PERCENT -> d.percentOff() != null ? d.percentOff().stripTrailingZeros().toPlainString() + "% off"
                    + (d.amountLimit() == null ? "" : ", at most " + Formats.money(d.amountLimit()))
                    : "percent off: " + d.percentOffFormula();
            case FIXED -> d.fixedAmount() != null ? "fixed price " + Formats.money(d.fixedAmount())
                    : "fixed price: " + d.fixedAmountFormula();
            case UNIT -> d.unitOff() != null ? d.unitOff() + " unit(s) of " + Objects.toString(d.unitType(), "items")
                    : "units: " + Objects.toString(d.unitOffFormula(), "several");
        };
    }

    private static CampaignRow row(CampaignResponse c, Instant now) {
        return new CampaignRow(c.id(), c.name(), c.campaignType().name(), status(c, now), c.active(),
                Formats.date(c.validity().startDate()), Formats.date(c.validity().expirationDate()),
                c.vouchersCount() == null ? 0 : c.vouchersCount(),
                Formats.date(c.createdAt()));
    }

    /** disabled, scheduled (before its start date), expired (after its expiration date) or active. */
    private static String status(CampaignResponse c, Instant now) {
        if (!c.active()) {
            return "disabled";
        }
        if (c.validity().startDate() != null && c.validity().startDate().isAfter(now)) {
            return "scheduled";
        }
        if (c.validity().expirationDate() != null && !c.validity().expirationDate().isAfter(now)) {
            return "expired";
        }
        return "active";
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }
}
