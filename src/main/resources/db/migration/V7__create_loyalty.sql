-- Points added to a loyalty card, each with its own expiry. Subtractions and redemptions take from the
-- buckets that expire first; what a card held before any bucket (its starting points) never expires.
create table loyalty_points_bucket (
    id          bigint generated always as identity primary key,
    project_id  text        not null references project (id),
    campaign_id text        not null references campaign (id),
    voucher_id  text        not null references voucher (id),
    points      bigint      not null,
    remaining   bigint      not null check (remaining >= 0),
    -- the last day the points can be spent (UTC); null = they never expire
    expires_on  date,
    created_at  timestamptz not null
);
create index loyalty_points_bucket_card_idx on loyalty_points_bucket (voucher_id, expires_on) where remaining > 0;
create index loyalty_points_bucket_due_idx on loyalty_points_bucket (campaign_id, expires_on)
    where remaining > 0 and expires_on is not null;

-- Every change of a card's points (LoyaltyCardTransaction).
create table loyalty_transaction (
    id                     text primary key,
    -- creation order; breaks created_at ties and drives starting_after_id
    seq                    bigint generated always as identity,
    project_id             text        not null references project (id),
    campaign_id            text        not null references campaign (id),
    voucher_id             text        not null references voucher (id),
    type                   text        not null,
    points                 bigint      not null,
    balance                bigint      not null,
    total                  bigint      not null,
    operation_type         text        not null,
    source_id              text,
    source                 text,
    reason                 text,
    redemption_id          text,
    rollback_id            text,
    reward_id              text,
    reward_name            text,
    related_transaction_id text,
    created_at             timestamptz not null
);
create unique index loyalty_transaction_seq_uq on loyalty_transaction (seq);
create index loyalty_transaction_card_idx on loyalty_transaction (voucher_id, seq);
create index loyalty_transaction_campaign_idx on loyalty_transaction (campaign_id, seq);

create table loyalty_tier (
    id          text primary key,
    project_id  text        not null references project (id),
    campaign_id text        not null references campaign (id),
    name        text        not null,
    points_from bigint,
    points_to   bigint,
    -- earning_rules, rewards, config: stored and echoed
    definition  jsonb       not null default '{}',
    metadata    jsonb       not null default '{}',
    created_at  timestamptz not null,
    updated_at  timestamptz
);
create index loyalty_tier_campaign_idx on loyalty_tier (campaign_id, created_at);

create table earning_rule (
    id          text primary key,
    project_id  text        not null references project (id),
    campaign_id text        not null references campaign (id),
    active      boolean     not null,
    -- the rule as sent (event, loyalty, source, validity, ...): stored and echoed
    definition  jsonb       not null,
    created_at  timestamptz not null,
    updated_at  timestamptz
);
create index earning_rule_campaign_idx on earning_rule (campaign_id, created_at);

create table reward (
    id         text primary key,
    project_id text        not null references project (id),
    name       text,
    type       text        not null,
    -- parameters, stock, attributes, metadata: stored and echoed
    definition jsonb       not null,
    created_at timestamptz not null,
    updated_at timestamptz
);
create index reward_project_idx on reward (project_id, created_at);

-- A reward offered by a loyalty program for a number of points.
create table reward_assignment (
    id          text primary key,
    project_id  text        not null references project (id),
    reward_id   text        not null references reward (id),
    campaign_id text        not null references campaign (id),
    points      bigint,
    created_at  timestamptz not null,
    updated_at  timestamptz
);
create unique index reward_assignment_uq on reward_assignment (campaign_id, reward_id);
