-- Management API: projects of a management account (its X-Management-Id), their users and settings.
create table management_project (
    id                text primary key,
    account_id        text        not null,
    -- the server-side app id: the id /v1 requests of this project are stored under
    app_id            text        not null unique,
    app_token         text        not null,
    client_app_id     text        not null,
    client_app_token  text        not null,
    -- the secret webhook deliveries of this project are signed with
    webhook_token     text        not null,
    settings          jsonb       not null,
    created_at        timestamptz not null,
    updated_at        timestamptz,
    version           bigint      not null default 0
);
create index management_project_account_idx on management_project (account_id, created_at);

-- the users of an account; projects maps each of the account's projects the user is assigned to to a role
create table management_user (
    id          text primary key,
    account_id  text        not null,
    login       text        not null,
    email       text        not null,
    first_name  text,
    last_name   text,
    is_owner    boolean     not null,
    projects    jsonb       not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index management_user_login_uq on management_user (account_id, login);

-- settings stored and echoed: metadata schemas, custom event schemas, brands, stacking rules
create table management_resource (
    id          text primary key,
    project_id  text        not null references management_project (id) on delete cascade,
    kind        text        not null,
    -- what must be unique per kind: a metadata schema's related object, a custom event's name
    name        text,
    body        jsonb       not null,
    created_at  timestamptz not null,
    updated_at  timestamptz,
    version     bigint      not null default 0
);
create unique index management_resource_name_uq on management_resource (project_id, kind, name);
create index management_resource_kind_idx on management_resource (project_id, kind, created_at);

-- webhook configurations; deliveries read them through the management module's public service
create table management_webhook (
    id          text primary key,
    project_id  text        not null references management_project (id) on delete cascade,
    target_url  text        not null,
    events      jsonb       not null,
    active      boolean     not null,
    created_at  timestamptz not null,
    updated_at  timestamptz,
    version     bigint      not null default 0
);
create index management_webhook_project_idx on management_webhook (project_id, created_at);
