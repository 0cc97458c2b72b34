create table campaign_template (
    id                 text primary key,
    project_id         text        not null references project (id),
    name               text        not null,
    description        text,
    campaign_type      text        not null,
    -- the campaign set-up the template stamps out: everything but name, category and code count
    definition         jsonb       not null,
    -- the source's validation rule; every campaign made from the template gets its own copy
    validation_rule_id text,
    created_at         timestamptz not null,
    updated_at         timestamptz,
    version            bigint      not null default 0
);
create unique index campaign_template_name_uq on campaign_template (project_id, name);
