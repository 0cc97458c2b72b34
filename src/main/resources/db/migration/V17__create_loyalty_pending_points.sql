-- Points an earning rule with a pending_points delay awards: they wait until activates_on (or a manual
-- activation) before they join the card's balance; a cancelled entry never does.
create table loyalty_pending_points (
    id              text primary key,
    -- creation order; breaks created_at ties and drives starting_after_id
    seq             bigint generated always as identity,
    project_id      text        not null references project (id),
    campaign_id     text        not null references campaign (id),
    voucher_id      text        not null references voucher (id),
    customer_id     text,
    order_id        text,
    earning_rule_id text,
    points          bigint      not null check (points > 0),
    activates_on    date        not null,
    -- PENDING, ACTIVATED or CANCELED: only PENDING entries are listed
    status          text        not null,
    -- the earning rule's banner and the order's source_id, as they were then
    details         jsonb       not null default '{}',
    created_at      timestamptz not null,
    updated_at      timestamptz
);
create unique index loyalty_pending_points_seq_uq on loyalty_pending_points (seq);
create index loyalty_pending_points_card_idx on loyalty_pending_points (voucher_id, seq) where status = 'PENDING';
create index loyalty_pending_points_campaign_idx on loyalty_pending_points (campaign_id, seq) where status = 'PENDING';
create index loyalty_pending_points_due_idx on loyalty_pending_points (campaign_id, activates_on)
    where status = 'PENDING';

-- What a transaction tells beyond its balance: the other card of a transfer (source_voucher or
-- destination_voucher) or the pending points an activation turned into points.
alter table loyalty_transaction add column details jsonb;
