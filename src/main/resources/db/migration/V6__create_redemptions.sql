-- Redemptions and rollbacks, successful and failed, in one table: GET /v1/redemptions/{id} and the
-- list return either kind. Plain columns for what is filtered, sorted, counted or locked on; the
-- calculated order, the customer and the voucher or tier as they were at the time are jsonb.
create table redemption (
    id                  text primary key,
    -- creation order; breaks created_at ties so pages are stable
    seq                 bigint generated always as identity,
    project_id          text        not null references project (id),
    -- redemption | redemption_rollback
    object              text        not null,
    -- SINGLE (one redeemable), PARENT (stacked request), CHILD (one redeemable of a stacked request)
    role                text        not null,
    parent_id           text,
    -- rollbacks: the redemption they roll back
    redemption_id       text,
    result              text        not null,
    status              text        not null,
    failure_code        text,
    failure_message     text,
    related_object_type text        not null,
    related_object_id   text        not null,
    voucher_id          text,
    voucher_code        text,
    promotion_tier_id   text,
    campaign_id         text,
    campaign_name       text,
    customer_id         text,
    customer_source_id  text,
    tracking_id         text,
    order_id            text,
    -- the order amount before discounts, and what this redeemable took off it
    order_amount        bigint,
    discount_amount     bigint      not null default 0,
    -- gift credits taken (negative on a rollback)
    gift_amount         bigint,
    reason              text,
    rollback_id         text,
    rolled_back_at      timestamptz,
    metadata            jsonb       not null default '{}',
    session             jsonb,
    order_data          jsonb,
    customer            jsonb,
    voucher             jsonb,
    promotion_tier      jsonb,
    created_at          timestamptz not null
);
create index redemption_list_idx on redemption (project_id, created_at desc, seq desc);
create index redemption_parent_idx on redemption (parent_id) where parent_id is not null;
create index redemption_voucher_idx on redemption (voucher_id, created_at desc) where voucher_id is not null;

-- Orders named by redemptions: a source_id names the same order across requests.
create table redemption_order (
    id         text primary key,
    project_id text        not null references project (id),
    source_id  text,
    created_at timestamptz not null
);
create unique index redemption_order_source_id_uq on redemption_order (project_id, source_id)
    where source_id is not null;

-- An order's amount counts once per campaign in orders_amount however many of the campaign's codes
-- it redeems, and once in orders_rolledback_amount; the primary key decides it under concurrency.
create table campaign_order (
    campaign_id    text        not null,
    order_id       text        not null,
    counted_at     timestamptz not null,
    rolled_back_at timestamptz,
    primary key (campaign_id, order_id)
);
