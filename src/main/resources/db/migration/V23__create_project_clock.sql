-- A project's domain test clock (the emulator control /_emulator/projects/{p}/clock).
-- frozen_time null = the project runs on wall time. version grows with every change, so
-- instances refresh their in-memory copy by reading only the rows changed since they last looked.
create sequence project_clock_version;

create table project_clock (
    project_id  varchar(255) primary key,
    frozen_time timestamptz,
    version     bigint       not null,
    updated_at  timestamptz  not null
);

create index project_clock_version_idx on project_clock (version);
