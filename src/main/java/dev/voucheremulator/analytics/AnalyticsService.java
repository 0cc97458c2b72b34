package dev.voucheremulator.analytics;

import dev.voucheremulator.api.db.DeferredInserts;
import dev.voucheremulator.api.db.GroupCommit;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
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
    private final DeferredInserts deferred;
    private final GroupCommit<CampaignEvent> committed = new GroupCommit<>(this::write, BATCH);

    AnalyticsService(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, DeferredInserts deferred) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
        this.deferred = deferred;
    }

    /**
     * Records one event and adds its deltas, if any, to the hourly and daily sums, as part of the caller's
     * transaction: everything the transaction recorded is written in one statement just before it commits
     * ({@link PendingEvents}), so the shared counter rows are locked for the commit only.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CampaignEvent event) {
        PendingEvents.current(deferred, this::write).add(event);
    }

    /**
     * Records events outside any transaction, for a request that changes nothing else (a validation
     * without a customer or an order to remember): they are written together with the events other
     * threads record at the same moment, in one statement that commits by itself ({@link GroupCommit}),
     * and this returns once they are committed. Many validations so share one statement and one commit.
     */
    @Transactional(propagation = Propagation.NEVER)
    public void recordCommitted(List<CampaignEvent> events) {
        if (TransactionSynchronizationManager.getResourceMap().isEmpty()) {
            committed.write(events);
        } else {
            // The caller holds a connection (or may): waiting for a writer that waits for a free connection
            // could exhaust the pool, so these go in by themselves.
            write(events);
        }
    }

    // One statement: the events, then their deltas summed per campaign, period and counter, upserted in
    // (campaign, period, counter) order, hourly before daily (the daily insert waits on the hourly one's
    // result), so concurrent transactions lock the rows in the same order and never deadlock. Its clauses
    // are named for this module: in a transaction they join its other writes in one statement
    // (DeferredInserts); outside one it goes in by itself.
    private static final List<String> WRITE_WITH = List.of("""
            analytics_events as (
                insert into analytics_event (project_id, campaign_id, type, occurred_at, deltas, details)
                select e.project_id, e.campaign_id, e.type, e.at::timestamptz, e.deltas::jsonb, e.details::json
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[])) as e(project_id, campaign_id, type, at, deltas, details)
            )""", """
            analytics_deltas as (
                select d.campaign_id, d.hour::timestamptz as hour, d.counter, d.value, d.n
                from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as bigint[]))
                     with ordinality as d(campaign_id, hour, counter, value, n)
            )""", """
            analytics_hourly as (
                insert into campaign_counter (campaign_id, bucket, counter, shard, value)
                select campaign_id, hour, counter, ?, value from analytics_deltas order by n
                on conflict (campaign_id, bucket, counter, shard)
                do update set value = campaign_counter.value + excluded.value
                returning 1
            )""");
    private static final String WRITE_BODY = """
            insert into campaign_counter_daily (campaign_id, day, counter, shard, value)
            select campaign_id, date_trunc('day', hour, 'UTC'), counter, ?, sum(value) from analytics_deltas
            where (select count(*) from analytics_hourly) >= 0
            group by campaign_id, date_trunc('day', hour, 'UTC'), counter
            order by campaign_id, date_trunc('day', hour, 'UTC'), counter
            on conflict (campaign_id, day, counter, shard)
            do update set value = campaign_counter_daily.value + excluded.value""";
    private static final int[] WRITE_TYPES = {Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY,
            Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.ARRAY, Types.SMALLINT, Types.SMALLINT};

    private void write(List<CampaignEvent> events) {
        int n = events.size();
        String[] projects = new String[n];
        String[] campaigns = new String[n];
        String[] types = new String[n];
        String[] ats = new String[n];
        String[] deltas = new String[n];
        String[] details = new String[n];
        Map<List<String>, Long> sums = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        for (int i = 0; i < n; i++) {
            CampaignEvent event = events.get(i);
            Instant at = event.occurredAt().truncatedTo(ChronoUnit.MILLIS);
            projects[i] = event.projectId();
            campaigns[i] = event.campaignId();
            types[i] = event.type();
            ats[i] = at.toString();
            deltas[i] = json.writeValueAsString(fields(event.deltas()));
            details[i] = json.writeValueAsString(event.details());
            String hour = at.truncatedTo(ChronoUnit.HOURS).toString();
            event.deltas().forEach((counter, value) ->
                    sums.merge(List.of(event.campaignId(), hour, counter.field()), value, Long::sum));
        }
        String[] sumCampaigns = sums.keySet().stream().map(k -> k.get(0)).toArray(String[]::new);
        String[] sumHours = sums.keySet().stream().map(k -> k.get(1)).toArray(String[]::new);
        String[] sumCounters = sums.keySet().stream().map(k -> k.get(2)).toArray(String[]::new);
        long[] sumValues = sums.values().stream().mapToLong(Long::longValue).toArray();
        short shard = (short) ThreadLocalRandom.current().nextInt(SHARDS);
        deferred.statement(WRITE_WITH, WRITE_BODY, WRITE_TYPES, projects, campaigns, types, ats, deltas, details,
                sumCampaigns, sumHours, sumCounters, sumValues, shard, shard);
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
                            values (?, ?, ?, ?, ?::jsonb, ?::json)""",
                    chunk.stream().map(e -> new Object[]{e.projectId(), e.campaignId(), e.type(),
                            utc(e.occurredAt().truncatedTo(ChronoUnit.MILLIS)),
                            json.writeValueAsString(fields(e.deltas())), json.writeValueAsString(e.details())})
                            .toList());
        }
        upsertSums("campaign_counter", "bucket", events, ChronoUnit.HOURS);
        upsertSums("campaign_counter_daily", "day", events, ChronoUnit.DAYS);
    }

    /** Adds the events' deltas, summed per campaign, period and counter, to shard 0 of a sums table. */
    private void upsertSums(String table, String periodColumn, List<CampaignEvent> events, ChronoUnit period) {
        // sorted, for the same lock order as record()
        Map<String, Map<Instant, Map<String, Long>>> sums = new TreeMap<>();
        for (CampaignEvent e : events) {
            Map<String, Long> bucket = sums.computeIfAbsent(e.campaignId(), c -> new TreeMap<>())
                    .computeIfAbsent(e.occurredAt().truncatedTo(period), h -> new TreeMap<>());
            e.deltas().forEach((counter, value) -> bucket.merge(counter.field(), value, Long::sum));
        }
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((campaignId, buckets) -> buckets.forEach((start, counters) -> counters.forEach((counter, value) ->
                rows.add(new Object[]{campaignId, utc(start), counter, value}))));
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbcTemplate.batchUpdate(upsertShardZero(table, periodColumn), rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static String upsertShardZero(String table, String periodColumn) {
        return "insert into " + table + " (campaign_id, " + periodColumn + ", counter, shard, value) values (?, ?, ?, 0, ?)"
                + " on conflict (campaign_id, " + periodColumn + ", counter, shard)"
                + " do update set value = " + table + ".value + excluded.value";
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
     * be null (open). Whole days come from the daily sums, the remaining whole hours from the hourly
     * sums, the partial hours at the edges from the events; one query. Every counter is in the map,
     * 0 when nothing moved it.
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
        WindowSums sum = new WindowSums(campaignId);
        Instant hoursFrom = start == null ? null : ceil(start, ChronoUnit.HOURS);
        Instant hoursTo = end == null ? null : end.truncatedTo(ChronoUnit.HOURS);
        if (before(hoursFrom, hoursTo)) {
            Instant daysFrom = hoursFrom == null ? null : ceil(hoursFrom, ChronoUnit.DAYS);
            Instant daysTo = hoursTo == null ? null : hoursTo.truncatedTo(ChronoUnit.DAYS);
            if (before(daysFrom, daysTo)) {
                sum.sums("campaign_counter_daily", "day", daysFrom, daysTo);
                if (hoursFrom != null && hoursFrom.isBefore(daysFrom)) {
                    sum.sums("campaign_counter", "bucket", hoursFrom, daysFrom);
                }
                if (hoursTo != null && daysTo.isBefore(hoursTo)) {
                    sum.sums("campaign_counter", "bucket", daysTo, hoursTo);
                }
            } else {
                sum.sums("campaign_counter", "bucket", hoursFrom, hoursTo);
            }
            if (start != null && start.isBefore(hoursFrom)) {
                sum.partialHour(start, hoursFrom);
            }
            if (end != null && hoursTo.isBefore(end)) {
                sum.partialHour(hoursTo, end);
            }
        } else {
            sum.events(start, end); // no whole hour inside the window
        }
        jdbc.sql(sum.sql())
                .params(sum.params())
                .query((rs, row) -> Map.entry(Counter.ofField(rs.getString("counter")), rs.getLong("total")))
                .list()
                .forEach(e -> totals.merge(e.getKey(), e.getValue(), Long::sum));
        return totals;
    }

    /**
     * The campaign's counters per UTC day for {@code [fromDay, toDay]}, both inclusive, one entry per
     * day, oldest first. Read from the daily sums only, so over whole days the entries add up to
     * exactly what {@link #totals} gives for the same days.
     */
    public List<DailyCounters> daily(String campaignId, LocalDate fromDay, LocalDate toDay) {
        if (toDay.isBefore(fromDay)) {
            return List.of();
        }
        Map<LocalDate, Map<Counter, Long>> days = new TreeMap<>();
        for (LocalDate day = fromDay; !day.isAfter(toDay); day = day.plusDays(1)) {
            Map<Counter, Long> zeros = new EnumMap<>(Counter.class);
            for (Counter counter : Counter.values()) {
                zeros.put(counter, 0L);
            }
            days.put(day, zeros);
        }
        jdbc.sql("""
                        select day, counter, sum(value) as total from campaign_counter_daily
                        where campaign_id = ? and day >= ? and day < ?
                        group by day, counter""")
                .params(campaignId, utc(startOf(fromDay)), utc(startOf(toDay.plusDays(1))))
                .query((rs, row) -> {
                    LocalDate day = rs.getObject("day", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate();
                    days.get(day).merge(Counter.ofField(rs.getString("counter")), rs.getLong("total"), Long::sum);
                    return day;
                })
                .list();
        return days.entrySet().stream().map(e -> new DailyCounters(e.getKey(), e.getValue())).toList();
    }

    /** One page of a campaign's events in the order they happened; {@code page} is 0-based. */
    public Page<RecordedEvent> events(String campaignId, int page, int size) {
        long total = jdbc.sql("select count(*) from analytics_event where campaign_id = ?")
                .param(campaignId).query(Long.class).single();
        List<RecordedEvent> events = jdbc.sql("""
                        select id, type, occurred_at, deltas::text as deltas, details::text as details
                        from analytics_event where campaign_id = ?
                        order by occurred_at, id limit ? offset ?""")
                .params(campaignId, size, (long) page * size)
                .query((rs, row) -> new RecordedEvent(rs.getLong("id"), rs.getString("type"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString("deltas"), new TypeReference<Map<String, Long>>() { }),
                        json.readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() { })))
                .list();
        return new PageImpl<>(events, PageRequest.of(page, size), total);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The parts of one totals query; every range is half-open, a null bound is open. */
    /** {@code a < b}, where a null {@code a} is minus infinity and a null {@code b} plus infinity. */
    private static boolean before(Instant a, Instant b) {
        return a == null || b == null || a.isBefore(b);
    }

    /**
     * Folds the shards of every hour (and day) that ended before {@code before} into shard 0.
     * Sharding only matters while a period is being written; afterwards one row per counter keeps
     * the summary reading few rows. Totals are the same before and after. Returns how many rows
     * were folded away.
     */
    @Transactional
    public int compact(Instant before) {
        return fold("campaign_counter", "bucket", before.truncatedTo(ChronoUnit.HOURS))
                + fold("campaign_counter_daily", "day", before.truncatedTo(ChronoUnit.DAYS));
    }

    private int fold(String table, String periodColumn, Instant before) {
        List<Object[]> moved = jdbc.sql("delete from " + table + " where " + periodColumn + " < ? and shard <> 0"
                        + " returning campaign_id, " + periodColumn + ", counter, value")
                .param(utc(before))
                .query((rs, row) -> new Object[]{rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getLong(4)})
                .list();
        // campaign -> period -> counter -> sum, sorted for the same lock order as record()
        Map<String, Map<Instant, Map<String, Long>>> sums = new TreeMap<>();
        for (Object[] row : moved) {
            sums.computeIfAbsent((String) row[0], c -> new TreeMap<>())
                    .computeIfAbsent((Instant) row[1], p -> new TreeMap<>())
                    .merge((String) row[2], (Long) row[3], Long::sum);
        }
        List<Object[]> rows = new ArrayList<>();
        sums.forEach((campaignId, periods) -> periods.forEach((start, counters) -> counters.forEach((counter, value) ->
                rows.add(new Object[]{campaignId, utc(start), counter, value}))));
        jdbcTemplate.batchUpdate(upsertShardZero(table, periodColumn), rows);
        return moved.size();
    }

    private static Instant ceil(Instant at, ChronoUnit unit) {
        Instant floor = at.truncatedTo(unit);
        return floor.equals(at) ? floor : floor.plus(1, unit);
    }

    // An explicit offset: java.sql.Timestamp would go through the JVM's default time zone.
    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Long> fields(Map<Counter, Long> deltas) {
        return deltas.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().field(), Map.Entry::getValue));
    }
}
