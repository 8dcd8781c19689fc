-- What one letter grants. No secret is stored: token and codes are derived from the id with the
-- server key (HMAC), so a re-printed letter carries the same ones.
create table credential (
    id               uuid primary key default gen_random_uuid(),
    account_id       uuid        not null references account (id) on delete cascade,
    send_id          uuid,
    variant          varchar(10) not null check (variant in ('QR', 'NO_QR')),
    state            varchar(20) not null
        check (state in ('ISSUED', 'DELIVERED', 'OPENED', 'CODE_VERIFIED', 'USED', 'EXPIRED', 'REVOKED', 'LOCKED')),
    issued_at        timestamptz not null,
    expires_at       timestamptz not null,
    failed_attempts  integer     not null default 0,
    state_changed_at timestamptz not null
);
create index credential_account on credential (account_id, issued_at desc);
-- At most one letter per account can be used at a time: issuing a new one revokes the others.
create unique index credential_one_live_per_account on credential (account_id)
    where state in ('ISSUED', 'DELIVERED', 'OPENED', 'CODE_VERIFIED');
