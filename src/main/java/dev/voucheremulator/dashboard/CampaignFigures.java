package dev.voucheremulator.dashboard;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.analytics.DailyCounters;
import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.dashboard.DashboardViews.Figure;
import dev.voucheremulator.dashboard.DashboardViews.FigureGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A campaign's summary figures and their per-day series, from the summary's own sums. */
@Service
@Transactional(readOnly = true)
class CampaignFigures {

    private final AnalyticsService analytics;
    private final JsonMapper json;

    CampaignFigures(AnalyticsService analytics, JsonMapper json) {
        this.analytics = analytics;
        this.json = json;
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

    /** The series as the page's charts read it. */
    String toJson(CampaignSeriesResponse series) {
        return json.writeValueAsString(series);
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
        if (type == CampaignType.REFERRAL_PROGRAM) {
            groups.add(new FigureGroup("Referrals", List.of(count("referred_customers", totals))));
        }
        return groups;
    }

    /**
     * A loyalty program's total points, by what happened to them: each figure is one counter of the
     * campaign summary. The emulator counts points from earning rules and activated pending points as
     * points added, so points rewarded stays 0 (the page says so).
     */
    List<FigureGroup> points(CampaignType type, Map<String, Long> totals) {
        if (type != CampaignType.LOYALTY_PROGRAM) {
            return List.of();
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("Earned", List.of("created_vouchers_points", "points_added", "points_rewarded"));
        groups.put("Redeemed", List.of("points_redeemed", "points_rolledback"));
        groups.put("Expired", List.of("points_expired"));
        groups.put("Pending", List.of("pending_points_added", "pending_points_activated", "pending_points_subtracted",
                "pending_points_canceled"));
        groups.put("Transferred", List.of("points_transferred_in", "points_transferred_out"));
        groups.put("Removed", List.of("points_subtracted", "points_deleted"));
        List<FigureGroup> out = new ArrayList<>();
        groups.forEach((title, keys) -> out.add(new FigureGroup(title, keys.stream().map(k -> count(k, totals))
                .toList())));
        return out;
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
}
