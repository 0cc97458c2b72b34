-- Products and their SKUs. source_id is the caller's own key, unique within a project; a product
-- deleted without force goes to the bin (deleted_at) and keeps its source_id taken, as in Voucherify.
create table product (
    id         text primary key,
    seq        bigint generated always as identity,
    project_id text        not null references project (id),
    source_id  text,
    name       text,
    price      bigint,
    attributes jsonb       not null default '[]',
    metadata   jsonb       not null default '{}',
    image_url  text,
    created_at timestamptz not null,
    updated_at timestamptz,
    deleted_at timestamptz,
    version    bigint      not null default 0
);
create unique index product_source_id_uq on product (project_id, source_id) where source_id is not null;
create index product_list_idx on product (project_id, created_at desc, seq desc) where deleted_at is null;

create table sku (
    id         text primary key,
    seq        bigint generated always as identity,
    project_id text        not null references project (id),
    product_id text        not null references product (id) on delete cascade,
    source_id  text,
    sku        text,
    price      bigint,
    currency   text,
    attributes jsonb       not null default '{}',
    metadata   jsonb       not null default '{}',
    image_url  text,
    created_at timestamptz not null,
    updated_at timestamptz,
    deleted_at timestamptz,
    version    bigint      not null default 0
);
create unique index sku_source_id_uq on sku (project_id, source_id) where source_id is not null;
create index sku_product_idx on sku (product_id, created_at desc, seq desc) where deleted_at is null;
