package dev.voucheremulator.dashboard;

import dev.voucheremulator.campaign.CampaignType;
import dev.voucheremulator.dashboard.DashboardViews.Pager;
import dev.voucheremulator.dashboard.DashboardViews.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Analytics tab: the period's counters day by day (newest first), from the same per-day series as the
 * charts, so each column sums to the summary's figure for the period. Money columns in 0.00, points as counts.
 */
final class AnalyticsTab {

    private record Column(String header, String counter, boolean money) {
    }

    private static final List<Column> ACTIVITY = List.of(
            new Column("Validations", "validations_succeeded", false),
            new Column("Failed validations", "validations_failed", false),
            new Column("Redemptions", "redemptions_succeeded", false),
            new Column("Failed redemptions", "redemptions_failed", false),
            new Column("Rollbacks", "rollbacks_succeeded", false),
            new Column("Orders amount", "orders_amount", true));

    private AnalyticsTab() {
    }

    static Table table(CampaignType type, CampaignSeriesResponse series, int page, int pageSize) {
        List<Column> columns = new ArrayList<>(ACTIVITY);
        switch (type) {
            case GIFT_VOUCHERS -> columns.add(new Column("Gift credits redeemed", "amount_redeemed", true));
            case LOYALTY_PROGRAM -> {
                columns.add(new Column("Points added", "points_added", false));
                columns.add(new Column("Points redeemed", "points_redeemed", false));
                columns.add(new Column("Points expired", "points_expired", false));
            }
            case REFERRAL_PROGRAM -> {
                columns.add(new Column("Discounted", "discounted_amount", true));
                columns.add(new Column("Referred customers", "referred_customers", false));
            }
            default -> columns.add(new Column("Discounted", "discounted_amount", true));
        }
        if (type != CampaignType.PROMOTION) {
            columns.add(new Column("Publications", "publications_succeeded", false));
        }
        List<String> headers = new ArrayList<>(List.of("Date"));
        columns.forEach(c -> headers.add(c.header()));
        List<String> dates = series.dates();
        int pages = Math.max(1, (dates.size() + pageSize - 1) / pageSize);
        int chosen = Math.min(Math.max(1, page), pages);
        List<List<String>> rows = new ArrayList<>();
        for (int n = (chosen - 1) * pageSize; n < Math.min(dates.size(), chosen * pageSize); n++) {
            int day = dates.size() - 1 - n;
            List<String> row = new ArrayList<>(List.of(dates.get(day)));
            for (Column c : columns) {
                long value = value(series.series(), c.counter(), day);
                row.add(c.money() ? Formats.money(value) : Long.toString(value));
            }
            rows.add(row);
        }
        return new Table(headers, rows, new Pager(chosen, pages, dates.size()));
    }

    private static long value(Map<String, List<Long>> series, String counter, int day) {
        List<Long> values = series.get(counter);
        return values == null || values.get(day) == null ? 0 : values.get(day);
    }
}
