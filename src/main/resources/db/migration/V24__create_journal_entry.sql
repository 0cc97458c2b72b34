-- The request journal: one row per /v1 or /management/v1 call of a project, written in batches off the
-- request path. No foreign key to project: a journaled call may name a project that never authenticated.
create table journal_entry (
    seq             bigserial primary key,
    id              varchar(64)  not null,
    project_id      varchar(255) not null,
    at              timestamptz  not null,
    method          varchar(16)  not null,
    path            text         not null,
    query           text,
    operation_id    varchar(128),
    status          integer      not null,
    request_body    text,
    response_body   text,
    duration_ms     integer      not null,
    unmatched       boolean      not null default false,
    not_implemented boolean      not null default false,
    injected        varchar(16)
);

create index journal_entry_project_seq on journal_entry (project_id, seq);
