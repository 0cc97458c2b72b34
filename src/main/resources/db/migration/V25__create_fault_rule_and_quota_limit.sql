-- Emulator controls shared by every instance on the database: a project's fault rules
-- (/_emulator/projects/{p}/faults) and rate limits (/_emulator/projects/{p}/limits).

create sequence fault_rule_number;

-- after_calls, times: copied out of the rule so that one conditional UPDATE counts a matching call.
-- last_fired_match: the value of matched when the rule last fired, so that the UPDATE's RETURNING
-- tells whether this very call fired (matched grows by one on every matching call).
create table fault_rule (
    id               varchar(40)  primary key,
    project_id       varchar(255) not null,
    position         integer      not null,
    rule             jsonb        not null,
    after_calls      bigint,
    times            bigint,
    matched          bigint       not null default 0,
    fired            bigint       not null default 0,
    last_fired_match bigint       not null default 0
);

create index fault_rule_project_idx on fault_rule (project_id, position);

-- One row per project and kind of call (api_calls, bulk_api_calls); the arrays hold one entry per
-- limit, in the order given. A call is counted by one UPDATE of this row: each window rolls to the
-- current window_index (now / duration_ms) and, unless one is exhausted, every used grows by one.
create table quota_limit (
    project_id   varchar(255) not null,
    limit_type   varchar(20)  not null,
    limit_value  integer[]    not null,
    duration     text[]       not null,
    duration_ms  bigint[]     not null,
    window_index bigint[]     not null,
    used         integer[]    not null,
    denied       boolean      not null default false,
    primary key (project_id, limit_type)
);
