-- Append-only record of what happened to a campaign: validations, redemptions, rollbacks,
-- publications, vouchers created and deleted, points and credits moved.
create table analytics_event (
    id          bigint generated always as identity primary key,
    project_id  text        not null,
    campaign_id text        not null,
    type        text        not null,
    occurred_at timestamptz not null,
    -- the summary counters this event moves, e.g. {"redemptions": 1, "redemptions_succeeded": 1}
    deltas      jsonb       not null,
    -- what a person reading the activity log wants: code, order, reason, request payload
    details     jsonb       not null default '{}'
);
create index analytics_event_campaign_time_idx on analytics_event (campaign_id, occurred_at);

-- Hourly sums of the same deltas, written in the event's transaction. A summary reads a few
-- hundred rows per campaign whatever the number of events; only the partial hours at the edges of
-- a start_date/end_date window are summed from analytics_event. `shard` spreads concurrent writers
-- of one campaign over several rows so they do not queue on one row lock.
create table campaign_counter (
    campaign_id text        not null,
    bucket      timestamptz not null,
    counter     text        not null,
    shard       smallint    not null,
    value       bigint      not null,
    primary key (campaign_id, bucket, counter, shard)
);
