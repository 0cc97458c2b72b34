-- The request that started an action, as the real API reports it (v- + 18 hex).
alter table async_action add column request_id text;
