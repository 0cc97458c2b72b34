-- Bearer tokens issued by POST /v1/oauth/token. Stored here, not in memory, so every instance on
-- this database accepts a token any of them issued, and a revocation reaches all of them. Only the
-- token's SHA-256 is kept: a copy of the database hands out no working tokens.
create table oauth_token (
    token_hash text        primary key,
    project_id text        not null references project (id),
    client_id  text        not null,
    scope      text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index oauth_token_project on oauth_token (project_id);
