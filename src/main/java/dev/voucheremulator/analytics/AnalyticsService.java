package dev.voucheremulator.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The campaign events store. {@link #record} runs inside the caller's transaction, so an event
 * exists exactly when the state change it reports was committed.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

    static final int SHARDS = 8;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AnalyticsService(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CampaignEvent event) {
        Instant at = event.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("""
                        insert into analytics_event (project_id, campaign_id, type, occurred_at, deltas, details)
                        values (?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                .params(event.projectId(), event.campaignId(), event.type(), Timestamp.from(at),
                        json.writeValueAsString(fields(event.deltas())), json.writeValueAsString(event.details()))
                .update();
        // Rows in counter order: concurrent transactions lock them in the same order and never deadlock.
        short shard = (short) ThreadLocalRandom.current().nextInt(SHARDS);
        Timestamp bucket = Timestamp.from(at.truncatedTo(ChronoUnit.HOURS));
        List<Map.Entry<Counter, Long>> deltas = event.deltas().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Counter::field)))
                .toList();
        for (Map.Entry<Counter, Long> delta : deltas) {
            jdbc.sql("""
                            insert into campaign_counter (campaign_id, bucket, counter, shard, value)
                            values (?, ?, ?, ?, ?)
                            on conflict (campaign_id, bucket, counter, shard)
                            do update set value = campaign_counter.value + excluded.value""")
                    .params(event.campaignId(), bucket, delta.getKey().field(), shard, delta.getValue())
                    .update();
        }
    }

    /**
     * Sums every counter of a campaign over events in {@code [from, to]} (either end may be open).
     * Whole hours come from the hourly sums; the partial hours at the edges from the events.
     */
    public Map<Counter, Long> totals(String campaignId, Instant from, Instant to) {
        Map<Counter, Long> totals = new EnumMap<>(Counter.class);
        Instant wholeFrom = from == null ? null : ceilHour(from);
        Instant wholeTo = to == null ? null : to.truncatedTo(ChronoUnit.HOURS); // exclusive
        if (wholeFrom != null && wholeTo != null && !wholeFrom.isBefore(wholeTo)) {
            // the window lies within one or two partial hours: sum the events directly
            addEvents(totals, campaignId, from, to);
            return totals;
        }
        StringBuilder sql = new StringBuilder("select counter, sum(value) as total from campaign_counter where campaign_id = ?");
        List<Object> params = new ArrayList<>(List.of(campaignId));
        if (wholeFrom != null) {
            sql.append(" and bucket >= ?");
            params.add(Timestamp.from(wholeFrom));
        }
        if (wholeTo != null) {
            sql.append(" and bucket < ?");
            params.add(Timestamp.from(wholeTo));
        }
        sql.append(" group by counter");
        jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> Map.entry(Counter.ofField(rs.getString("counter")), rs.getLong("total")))
                .list()
                .forEach(e -> totals.merge(e.getKey(), e.getValue(), Long::sum));
        if (from != null && from.isBefore(wholeFrom)) {
            addEvents(totals, campaignId, from, wholeFrom.minusMillis(1));
        }
        if (to != null && !to.isBefore(wholeTo)) {
            addEvents(totals, campaignId, wholeTo, to);
        }
        return totals;
    }

    private void addEvents(Map<Counter, Long> totals, String campaignId, Instant from, Instant to) {
        jdbc.sql("""
                        select d.key as counter, sum(d.value::bigint) as total
                        from analytics_event e, jsonb_each_text(e.deltas) d
                        where e.campaign_id = ? and e.occurred_at >= ? and e.occurred_at <= ?
                        group by d.key""")
                .params(campaignId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> Map.entry(Counter.ofField(rs.getString("counter")), rs.getLong("total")))
                .list()
                .forEach(e -> totals.merge(e.getKey(), e.getValue(), Long::sum));
    }

    private static Instant ceilHour(Instant at) {
        Instant floor = at.truncatedTo(ChronoUnit.HOURS);
        return floor.equals(at) ? floor : floor.plus(1, ChronoUnit.HOURS);
    }

    private static Map<String, Long> fields(Map<Counter, Long> deltas) {
        return deltas.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().field(), Map.Entry::getValue));
    }
}
