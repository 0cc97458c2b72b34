package dev.voucheremulator.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a campaign's totals over a window ({@link AnalyticsService#totals}): daily and hourly
 * sums and the events of the partial hours at its edges, as one query.
 */
final class WindowSums {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private final String campaignId;
    private final List<String> parts = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    WindowSums(String campaignId) {
        this.campaignId = campaignId;
    }

    /** One query: every part's counters, summed per counter. */
    String sql() {
        return "select counter, sum(value) as total from (" + String.join(" union all ", parts)
                + ") parts group by counter";
    }

    List<Object> params() {
        return params;
    }

    void sums(String table, String periodColumn, Instant from, Instant to) {
        parts.add("select counter, value from " + table + " where campaign_id = ?"
                + range(periodColumn, from, to));
    }

    void events(Instant from, Instant to) {
        events(from, to, "");
    }

    /**
     * Events of {@code [from, to)}, inside one hour: read one by one when that is at most half the hour,
     * else the hour's sums less the events of the rest of it, so no edge reads more than half an hour of
     * events (the slowest part of a summary over a window).
     */
    void partialHour(Instant from, Instant to) {
        Instant hour = from.truncatedTo(ChronoUnit.HOURS);
        Instant next = hour.plus(1, ChronoUnit.HOURS);
        if (Duration.between(from, to).compareTo(HALF_HOUR) <= 0) {
            events(from, to);
            return;
        }
        sums("campaign_counter", "bucket", hour, next);
        if (hour.isBefore(from)) {
            events(hour, from, "-");
        }
        if (to.isBefore(next)) {
            events(to, next, "-");
        }
    }

    private void events(Instant from, Instant to, String sign) {
        parts.add("select d.key as counter, " + sign + "d.value::bigint as value"
                + " from analytics_event e, jsonb_each_text(e.deltas) d where e.campaign_id = ?"
                + range("e.occurred_at", from, to));
    }

    private String range(String column, Instant from, Instant to) {
        params.add(campaignId);
        StringBuilder sql = new StringBuilder();
        if (from != null) {
            sql.append(" and ").append(column).append(" >= ?");
            params.add(AnalyticsService.utc(from));
        }
        if (to != null) {
            sql.append(" and ").append(column).append(" < ?");
            params.add(AnalyticsService.utc(to));
        }
        return sql.toString();
    }
}
