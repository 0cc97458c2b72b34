-- Every resource belongs to a project (one per X-App-Id); all lookups are scoped by it.
create table project (
    id         text primary key,
    created_at timestamptz not null
);

create table category (
    id         text primary key,
    project_id text        not null references project (id),
    name       text        not null,
    hierarchy  integer     not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz,
    version    bigint      not null default 0
);
create unique index category_name_uq on category (project_id, name);

create table campaign (
    id                                 text primary key,
    -- creation order; breaks created_at ties so pages are stable
    seq                                bigint generated always as identity,
    project_id                         text        not null references project (id),
    name                               text        not null,
    description                        text,
    campaign_type                      text        not null,
    type                               text        not null,
    voucher_type                       text,
    is_referral_code                   boolean     not null default false,
    active                             boolean     not null default true,
    auto_join                          boolean     not null default false,
    join_once                          boolean     not null default false,
    use_voucher_metadata_schema        boolean     not null default false,
    protected                          boolean     not null default false,
    creation_status                    text        not null,
    vouchers_count                     integer     not null default 0,
    start_date                         timestamptz,
    expiration_date                    timestamptz,
    activity_duration_after_publishing text,
    category_id                        text references category (id),
    -- nested, schema-shaped configuration that is stored and echoed
    voucher                            jsonb,
    validity_timeframe                 jsonb,
    validity_day_of_week               jsonb,
    validity_hours                     jsonb,
    metadata                           jsonb       not null default '{}',
    referral_program                   jsonb,
    loyalty_tiers_expiration           jsonb,
    created_at                         timestamptz not null,
    updated_at                         timestamptz,
    deleted_at                         timestamptz,
    version                            bigint      not null default 0
);
-- Names are unique among a project's live campaigns; a deleted campaign frees its name.
create unique index campaign_name_uq on campaign (project_id, name) where deleted_at is null;
create index campaign_list_idx on campaign (project_id, created_at desc, seq desc) where deleted_at is null;

create table promotion_tier (
    id                  text primary key,
    project_id          text        not null references project (id),
    campaign_id         text        not null references campaign (id),
    name                text        not null,
    banner              text,
    action              jsonb,
    metadata            jsonb       not null default '{}',
    hierarchy           integer     not null default 1,
    active              boolean     not null default true,
    start_date          timestamptz,
    expiration_date     timestamptz,
    validity_timeframe  jsonb,
    validity_day_of_week jsonb,
    validity_hours      jsonb,
    category_id         text references category (id),
    created_at          timestamptz not null,
    updated_at          timestamptz,
    version             bigint      not null default 0
);
create index promotion_tier_campaign_idx on promotion_tier (campaign_id, hierarchy);

create table voucher (
    id                   text primary key,
    project_id           text        not null references project (id),
    code                 text        not null,
    campaign_id          text references campaign (id),
    -- campaign names never change (no rename in the API), so the name is kept beside the id
    campaign_name        text,
    category_id          text references category (id),
    type                 text        not null,
    is_referral_code     boolean     not null default false,
    active               boolean     not null default true,
    start_date           timestamptz,
    expiration_date      timestamptz,
    discount             jsonb,
    gift                 jsonb,
    loyalty_card         jsonb,
    validity_timeframe   jsonb,
    validity_day_of_week jsonb,
    validity_hours       jsonb,
    additional_info      text,
    metadata             jsonb       not null default '{}',
    -- counted and locked on, so plain columns; null quantity = unlimited
    redemption_quantity  integer,
    redeemed_quantity    integer     not null default 0,
    holder_id            text,
    created_at           timestamptz not null,
    updated_at           timestamptz,
    deleted_at           timestamptz,
    version              bigint      not null default 0
);
create unique index voucher_code_uq on voucher (project_id, code) where deleted_at is null;
create index voucher_campaign_idx on voucher (campaign_id, created_at desc) where deleted_at is null;
create index voucher_list_idx on voucher (project_id, created_at desc) where deleted_at is null;
