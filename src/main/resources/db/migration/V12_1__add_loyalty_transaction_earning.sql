-- Points an earning rule awards name the rule and, for an order.paid rule, the order.
alter table loyalty_transaction add column order_id text;
alter table loyalty_transaction add column earning_rule_id text;
-- the rules an event triggers are looked up by project and event
create index earning_rule_event_idx on earning_rule (project_id, (definition ->> 'event')) where active;
