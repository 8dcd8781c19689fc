-- Keys other systems call the API with. Only the SHA-256 of the secret is kept. The current
-- minute's request count lives on the row, so that every instance counts against one limit.
create table api_key (
    id            uuid primary key default gen_random_uuid(),
    name          varchar(100) not null,
    prefix        varchar(10)  not null,
    key_hash      varchar(64)  not null unique,
    scopes        text[]       not null,
    expires_at    timestamptz  not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    window_start  timestamptz,
    window_count  integer      not null default 0
);
