-- Webhooks: URLs of other systems that Sésame posts chosen events to, signed with a secret.
-- Signing needs the secret itself: it is kept sealed (AES-GCM under a key derived from the server
-- key, see SecretBox) and shown to the administrator once only.
-- A deleted webhook keeps its row (soft delete) so that its delivery log still points somewhere.
create table webhook (
    id         uuid primary key default gen_random_uuid(),
    url        varchar(2000) not null,
    events     text[]        not null check (cardinality(events) > 0),
    secret     varchar(200)  not null,
    created_at timestamptz   not null,
    created_by varchar(100)  not null,
    deleted_at timestamptz
);

-- The webhook outbox: one row per event per subscribed webhook, claimed with
-- FOR UPDATE SKIP LOCKED and a lease, retried with back-off until DELIVERED or FAILED.
-- The payload is the exact JSON posted (and signed) at every try, fixed when the event happened.
create table webhook_delivery (
    id              uuid primary key default gen_random_uuid(),
    -- Insertion order, to list a webhook's deliveries newest first even within one instant.
    seq             bigint generated always as identity,
    webhook_id      uuid        not null references webhook (id),
    event_id        uuid        not null,
    event_type      varchar(40) not null,
    payload         text        not null,
    state           varchar(10) not null default 'PENDING'
        check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     not null default 0,
    last_status     integer,
    last_error      text,
    created_at      timestamptz not null,
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    delivered_at    timestamptz,
    unique (webhook_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_log on webhook_delivery (webhook_id, created_at desc, seq desc);
