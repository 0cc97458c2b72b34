-- Customers named by validations, redemptions and publications. source_id is the caller's own key:
-- unique within a project when present, and what concurrent first references agree on.
create table customer (
    id         text primary key,
    project_id text        not null references project (id),
    source_id  text,
    name       text,
    email      text,
    phone      text,
    metadata   jsonb       not null default '{}',
    created_at timestamptz not null,
    updated_at timestamptz
);
create unique index customer_source_id_uq on customer (project_id, source_id) where source_id is not null;

-- How many times a voucher was published; counted and locked on, so a plain column.
alter table voucher add column publish_count integer not null default 0;
-- Publication picks the oldest free voucher of a campaign.
create index voucher_unpublished_idx on voucher (campaign_id, created_at, id)
    where deleted_at is null and publish_count = 0;

-- Every publication attempt, successful or refused for a business reason (result FAILURE).
create table publication (
    id              text primary key,
    -- creation order; breaks created_at ties so pages are stable
    seq             bigint generated always as identity,
    project_id      text        not null references project (id),
    campaign_id     text references campaign (id),
    campaign_name   text,
    customer_id     text        not null references customer (id),
    -- the customer's source_id at publication time
    tracking_id     text,
    source_id       text,
    channel         text        not null,
    metadata        jsonb       not null default '{}',
    result          text        not null,
    failure_code    text,
    failure_message text,
    -- the first published (or requested) code: what list filters and `order=voucher_code` use
    voucher_code    text,
    voucher_type    text,
    is_referral_code boolean    not null default false,
    created_at      timestamptz not null
);
-- A source_id names one successful publication; refused attempts may repeat it.
create unique index publication_source_id_uq on publication (project_id, source_id)
    where source_id is not null and result = 'SUCCESS';
create index publication_list_idx on publication (project_id, created_at desc, seq desc);
-- join_once: a customer's earlier publication in a campaign
create index publication_customer_campaign_idx on publication (customer_id, campaign_id) where result = 'SUCCESS';

create table publication_voucher (
    publication_id text    not null references publication (id),
    position       integer not null,
    voucher_id     text    not null references voucher (id),
    code           text    not null,
    primary key (publication_id, position)
);
create index publication_voucher_voucher_idx on publication_voucher (voucher_id);

-- Referred customers of a referral campaign: one row per (campaign, customer), written at the first
-- conversion, so the referred_customers counter counts each customer exactly once.
create table campaign_referral (
    campaign_id text        not null,
    customer_id text        not null,
    first_at    timestamptz not null,
    primary key (campaign_id, customer_id)
);

-- Daily sums of the analytics deltas, written with the hourly ones (V4) in the event's transaction:
-- a summary over 90 days reads 90 days of rows plus the hours of the partial days at its edges,
-- instead of 2,160 hours. Sharded like the hourly sums; closed days are folded into shard 0.
create table campaign_counter_daily (
    campaign_id text        not null,
    day         timestamptz not null,
    counter     text        not null,
    shard       smallint    not null,
    value       bigint      not null,
    primary key (campaign_id, day, counter, shard)
);
