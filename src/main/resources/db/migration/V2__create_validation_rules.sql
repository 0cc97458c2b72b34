create table validation_rule (
    id           text primary key,
    -- creation order; breaks created_at ties so pages are stable
    seq          bigint generated always as identity,
    project_id   text        not null references project (id),
    name         text        not null,
    -- the rule definition, stored and echoed exactly as sent
    rules        jsonb       not null default '{}',
    bundle_rules jsonb,
    error        jsonb,
    applicable_to jsonb,
    type         text        not null,
    context_type text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz,
    version      bigint      not null default 0
);
create unique index validation_rule_name_uq on validation_rule (project_id, name);
create index validation_rule_list_idx on validation_rule (project_id, created_at);

-- related_object_id points into campaign, voucher, promotion_tier or objects not emulated yet
-- (earning rules, distributions), so it has no foreign key.
create table validation_rule_assignment (
    id                  text primary key,
    seq                 bigint generated always as identity,
    project_id          text        not null references project (id),
    rule_id             text        not null references validation_rule (id) on delete cascade,
    related_object_id   text        not null,
    related_object_type text        not null,
    created_at          timestamptz not null,
    constraint validation_rule_assignment_uq unique (rule_id, related_object_id)
);
create index validation_rule_assignment_related_idx on validation_rule_assignment (project_id, related_object_id);
