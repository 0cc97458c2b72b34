package dev.voucheremulator.analytics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;

    AnalyticsService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CampaignEvent event) {
        Instant at = event.occurredAt().truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("""
                        insert into analytics_event (project_id, campaign_id, type, occurred_at, deltas, details)
                        values (?, ?, ?, ?, ?::jsonb, ?::jsonb)""")
                .params(event.projectId(), event.campaignId(), event.type(), utc(at),
                        json.writeValueAsString(fields(event.deltas())), json.writeValueAsString(event.details()))
                .update();
        // One statement for all counters, in counter order: concurrent transactions lock the rows in
        // the same order and never deadlock.
        List<Map.Entry<Counter, Long>> deltas = event.deltas().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Counter::field)))
                .toList();
        short shard = (short) ThreadLocalRandom.current().nextInt(SHARDS);
        jdbc.sql("""
                        insert into campaign_counter (campaign_id, bucket, counter, shard, value)
                        select ?, ?, d.counter, ?, d.value
                        from unnest(?::text[], ?::bigint[]) with ordinality as d(counter, value, n)
                        order by d.n
                        on conflict (campaign_id, bucket, counter, shard)
                        do update set value = campaign_counter.value + excluded.value""")
                .params(event.campaignId(), utc(at.truncatedTo(ChronoUnit.HOURS)), shard,
                        deltas.stream().map(d -> d.getKey().field()).toArray(String[]::new),
                        deltas.stream().mapToLong(Map.Entry::getValue).toArray())
                .update();
    }

    /**
     * Records many events at once (bulk loads, the benchmark): the events are batch-inserted and
     * their deltas summed per hour before they reach the counters, so the counters end up exactly
     * as if each event had gone through {@link #record}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<CampaignEvent> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            List<CampaignEvent> chunk = events.subList(from, Math.min(events.size(), from + BATCH));
            jdbcTemplate.batchUpdate("""
                            insert into analytics_event (project_id, campaign_id, type, occurred_at, deltas, details)
                            values (?, ?, ?, ?, ?::jsonb, ?::jsonb)""",
                    chunk.stream().map(e -> new Object[]{e.projectId(), e.campaignId(), e.type(),
                            utc(e.occurredAt().truncatedTo(ChronoUnit.MILLIS)),
                            json.writeValueAsString(fields(e.deltas())), json.writeValueAsString(e.details())})
                            .toList());
        }
        // campaign -> hour -> counter -> sum; sorted, for the same lock order as record()
        Map<String, Map<Instant, Map<String, Long>>> sums = new TreeMap<>();
        for (CampaignEvent e : events) {
            Map<String, Long> hour = sums.computeIfAbsent(e.campaignId(), c -> new TreeMap<>())
                    .computeIfAbsent(e.occurredAt().truncatedTo(ChronoUnit.HOURS), h -> new TreeMap<>());
            e.deltas().forEach((counter, value) -> hour.merge(counter.field(), value, Long::sum));
        }
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((campaignId, hours) -> hours.forEach((bucket, counters) -> counters.forEach((counter, value) ->
                rows.add(new Object[]{campaignId, utc(bucket), counter, value}))));
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbcTemplate.batchUpdate("""
                            insert into campaign_counter (campaign_id, bucket, counter, shard, value)
                            values (?, ?, ?, 0, ?)
                            on conflict (campaign_id, bucket, counter, shard)
                            do update set value = campaign_counter.value + excluded.value""",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /**
     * Counts a referral campaign's referred customer the first time they convert, and only then:
     * {@code referred_customers} is a number of distinct customers. Returns whether this was the
     * customer's first conversion in the campaign.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean referralConverted(String projectId, String campaignId, String customerId, Instant at) {
        // A concurrent first conversion of the same customer waits here for the other transaction
        // and then inserts nothing.
        int inserted = jdbc.sql("""
                        insert into campaign_referral (campaign_id, customer_id, first_at) values (?, ?, ?)
                        on conflict (campaign_id, customer_id) do nothing""")
                .params(campaignId, customerId, utc(at.truncatedTo(ChronoUnit.MILLIS)))
                .update();
        if (inserted == 0) {
            return false;
        }
        record(CampaignEvent.of(projectId, campaignId, "referral.converted", at)
                .count(Counter.REFERRED_CUSTOMERS)
                .details(Map.of("customer_id", customerId))
                .build());
        return true;
    }

    /**
     * Sums every counter of a campaign over events in {@code [from, to]}, both inclusive, either may
     * be null (open). Whole hours come from the hourly sums; the partial hours at the edges from the
     * events. Every counter is in the map, 0 when nothing moved it.
     */
    public Map<Counter, Long> totals(String campaignId, Instant from, Instant to) {
        Map<Counter, Long> totals = new EnumMap<>(Counter.class);
        for (Counter counter : Counter.values()) {
            totals.put(counter, 0L);
        }
        // Events are stored at millisecond precision, so [from, to] is [start, end) in whole milliseconds.
        Instant start = from == null ? null : ceil(from, ChronoUnit.MILLIS);
        Instant end = to == null ? null : to.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
        if (start != null && end != null && !start.isBefore(end)) {
            return totals;
        }
        Instant wholeFrom = start == null ? null : ceil(start, ChronoUnit.HOURS);
        Instant wholeTo = end == null ? null : end.truncatedTo(ChronoUnit.HOURS);
        if (wholeFrom != null && wholeTo != null && !wholeFrom.isBefore(wholeTo)) {
            // no whole hour inside the window
            addEvents(totals, campaignId, start, end);
            return totals;
        }
        StringBuilder sql = new StringBuilder("select counter, sum(value) as total from campaign_counter where campaign_id = ?");
        List<Object> params = new ArrayList<>(List.of(campaignId));
        if (wholeFrom != null) {
            sql.append(" and bucket >= ?");
            params.add(utc(wholeFrom));
        }
        if (wholeTo != null) {
            sql.append(" and bucket < ?");
            params.add(utc(wholeTo));
        }
        sql.append(" group by counter");
        jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> Map.entry(Counter.ofField(rs.getString("counter")), rs.getLong("total")))
                .list()
                .forEach(e -> totals.merge(e.getKey(), e.getValue(), Long::sum));
        if (start != null && start.isBefore(wholeFrom)) {
            addEvents(totals, campaignId, start, wholeFrom);
        }
        if (end != null && wholeTo.isBefore(end)) {
            addEvents(totals, campaignId, wholeTo, end);
        }
        return totals;
    }

    /**
     * Folds the shards of every hour before {@code before} into shard 0. Sharding only matters
     * while an hour is being written; afterwards one row per counter keeps the summary reading few
     * rows. Totals are the same before and after. Returns how many rows were folded away.
     */
    @Transactional
    public int compact(Instant before) {
        Instant hour = before.truncatedTo(ChronoUnit.HOURS);
        List<Object[]> moved = jdbc.sql("""
                        delete from campaign_counter where bucket < ? and shard <> 0
                        returning campaign_id, bucket, counter, value""")
                .param(utc(hour))
                .query((rs, row) -> new Object[]{rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getLong(4)})
                .list();
        Map<List<Object>, Long> sums = new HashMap<>();
        for (Object[] row : moved) {
            sums.merge(List.of(row[0], row[1], row[2]), (Long) row[3], Long::sum);
        }
        List<Object[]> rows = sums.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<Object>, Long> e) -> (String) e.getKey().get(0))
                        .thenComparing(e -> (OffsetDateTime) e.getKey().get(1))
                        .thenComparing(e -> (String) e.getKey().get(2)))
                .map(e -> new Object[]{e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()})
                .toList();
        jdbcTemplate.batchUpdate("""
                insert into campaign_counter (campaign_id, bucket, counter, shard, value)
                values (?, ?, ?, 0, ?)
                on conflict (campaign_id, bucket, counter, shard)
                do update set value = campaign_counter.value + excluded.value""", rows);
        return moved.size();
    }

    /** Adds the deltas of the events in {@code [from, to)}. */
    private void addEvents(Map<Counter, Long> totals, String campaignId, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("""
                select d.key as counter, sum(d.value::bigint) as total
                from analytics_event e, jsonb_each_text(e.deltas) d
                where e.campaign_id = ?""");
        List<Object> params = new ArrayList<>(List.of(campaignId));
        if (from != null) {
            sql.append(" and e.occurred_at >= ?");
            params.add(utc(from));
        }
        if (to != null) {
            sql.append(" and e.occurred_at < ?");
            params.add(utc(to));
        }
        sql.append(" group by d.key");
        jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> Map.entry(Counter.ofField(rs.getString("counter")), rs.getLong("total")))
                .list()
                .forEach(e -> totals.merge(e.getKey(), e.getValue(), Long::sum));
    }

    private static Instant ceil(Instant at, ChronoUnit unit) {
        Instant floor = at.truncatedTo(unit);
        return floor.equals(at) ? floor : floor.plus(1, unit);
    }

    // An explicit offset: java.sql.Timestamp would go through the JVM's default time zone.
    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Long> fields(Map<Counter, Long> deltas) {
        return deltas.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().field(), Map.Entry::getValue));
    }
}
