-- A loyalty card redemption pays for a reward with points: what it took (negative on a rollback)
-- and the reward it paid for, as the reward was named then.
alter table redemption add column loyalty_points bigint;
alter table redemption add column reward_id text;
alter table redemption add column reward_name text;
