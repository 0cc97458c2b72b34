-- Orders: created through /v1/orders or named by redemptions. Amounts are columns (listed, summed),
-- items, metadata and the redemptions map are jsonb we store and echo.
create table orders (
    id                            text primary key,
    seq                           bigserial   not null,
    project_id                    text        not null references project (id),
    source_id                     text,
    status                        text        not null,
    amount                        bigint,
    initial_amount                bigint,
    discount_amount               bigint,
    items_discount_amount         bigint,
    total_discount_amount         bigint,
    total_amount                  bigint,
    applied_discount_amount       bigint,
    items_applied_discount_amount bigint,
    total_applied_discount_amount bigint,
    items                         jsonb,
    metadata                      jsonb,
    customer_id                   text,
    referrer_id                   text,
    redemptions                   jsonb,
    created_at                    timestamptz not null,
    updated_at                    timestamptz,
    version                       bigint      not null default 0
);
create unique index orders_source_id_uq on orders (project_id, source_id) where source_id is not null;
create index orders_list_idx on orders (project_id, created_at desc, seq desc);

-- The orders redemptions named so far become orders of their own; they were redeemed, so paid.
insert into orders (id, project_id, source_id, status, created_at)
select id, project_id, source_id, 'PAID', created_at from redemption_order;
drop table redemption_order;
