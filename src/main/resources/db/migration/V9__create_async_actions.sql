-- What a 202 answer names: the work is done before the answer goes out, so an action is DONE
-- (or FAILED) from the start, with the result a client would poll for.
create table async_action (
    id               text        primary key,
    project_id       text        not null references project (id),
    type             text        not null,
    status           text        not null,
    operation_status text        not null,
    result           jsonb,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    seq              bigserial   not null
);
create index async_action_project_created on async_action (project_id, created_at desc, seq desc);
