-- A gift card's credit changes: added or removed through /balance, taken by a redemption, returned
-- by a rollback. Never updated.
create table gift_transaction (
    id             text primary key,
    -- creation order; breaks created_at ties and drives starting_after_id
    seq            bigint generated always as identity,
    project_id     text        not null references project (id),
    campaign_id    text,
    voucher_id     text        not null references voucher (id),
    type           text        not null,
    amount         bigint      not null,
    balance        bigint      not null,
    total          bigint      not null,
    operation_type text        not null,
    source_id      text,
    source         text,
    reason         text,
    redemption_id  text,
    rollback_id    text,
    order_id       text,
    created_at     timestamptz not null
);
create unique index gift_transaction_seq_uq on gift_transaction (seq);
create index gift_transaction_card_idx on gift_transaction (voucher_id, seq);
