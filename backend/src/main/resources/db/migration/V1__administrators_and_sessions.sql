-- Administrators of the console.
create table admin_user (
    id            uuid primary key default gen_random_uuid(),
    username      varchar(100) not null,
    password_hash varchar(255) not null,
    role          varchar(20)  not null default 'ADMIN',
    created_at    timestamptz  not null default now()
);
create unique index admin_user_username_key on admin_user (lower(username));

-- Console sessions live here, so any instance can serve any request.
-- Only the SHA-256 of the cookie value is stored: a leaked table opens no session.
create table web_session (
    id_hash      char(64)    primary key,
    user_id      uuid        not null references admin_user (id) on delete cascade,
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at   timestamptz not null
);
create index web_session_expires_at on web_session (expires_at);

-- Failed sign-ins per lower-cased username, whether or not that user exists,
-- so the back-off reveals nothing about which accounts are real.
create table sign_in_failure (
    username_key    varchar(100) primary key,
    failures        integer      not null,
    last_failure_at timestamptz  not null,
    blocked_until   timestamptz
);
