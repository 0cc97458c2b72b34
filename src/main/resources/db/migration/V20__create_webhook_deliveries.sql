-- Webhook send-outs, written in the transaction of the change they announce (an outbox) and sent
-- after commit; the dispatcher claims due rows with FOR UPDATE SKIP LOCKED and a lease.
CREATE TABLE webhook_deliveries (
    id               varchar(64)  PRIMARY KEY,
    project_id       varchar(255) NOT NULL,
    webhook_id       varchar(255) NOT NULL,
    target_url       text         NOT NULL,
    secret           text         NOT NULL,
    event_id         varchar(64)  NOT NULL,
    event_type       varchar(100) NOT NULL,
    entity_id        varchar(255),
    body             text         NOT NULL,
    status           varchar(16)  NOT NULL,
    attempts         int          NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    first_attempt_at timestamptz,
    last_attempt_at  timestamptz,
    next_attempt_at  timestamptz  NOT NULL,
    claimed_until    timestamptz,
    claim_token      varchar(64)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_project ON webhook_deliveries (project_id, created_at DESC);

CREATE TABLE webhook_delivery_attempts (
    delivery_id  varchar(64) NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt      int         NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code  int,
    error        text,
    duration_ms  bigint      NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
