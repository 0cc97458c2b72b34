-- The rest of the spec's CustomerBase, and soft deletion: publications and redemptions keep naming a
-- deleted customer, whose source_id is released (set to null) for a new customer.
alter table customer
    add column description text,
    add column birthday    date,
    add column birthdate   date,
    add column address     jsonb,
    add column city        text generated always as (address ->> 'city') stored,
    add column deleted_at  timestamptz;
create index customer_list_idx on customer (project_id, created_at desc, id) where deleted_at is null;
create index customer_email_idx on customer (project_id, email) where deleted_at is null;

-- What happened to a customer, oldest first by seq. The figures a customer's summary sums are plain
-- columns (order amount, gift credits, loyalty points of a redemption), the rest of the event is jsonb.
create table customer_activity (
    id            text primary key,
    seq           bigint generated always as identity,
    project_id    text        not null references project (id),
    customer_id   text        not null references customer (id),
    type          text        not null,
    campaign_id   text,
    campaign_type text,
    data          jsonb       not null default '{}',
    order_amount  bigint,
    gift_amount   bigint,
    points        bigint,
    created_at    timestamptz not null
);
create index customer_activity_customer_idx on customer_activity (customer_id, created_at, seq);
