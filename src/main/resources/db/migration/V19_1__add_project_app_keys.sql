-- App keys issued by the Management API for the projects it creates (the project id is the app id);
-- a deleted Management API project keeps its rows but its keys stop working.
alter table project add column app_token text;
alter table project add column deleted_at timestamptz;
