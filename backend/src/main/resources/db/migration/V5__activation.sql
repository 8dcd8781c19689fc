-- A recipient's own password, chosen through a letter, for signing in to « Mon compte ».
alter table account add column password_hash varchar(255);

-- Recipients' sessions sit beside administrators': exactly one owner per session.
alter table web_session alter column user_id drop not null;
alter table web_session add column account_id uuid references account (id) on delete cascade;
alter table web_session add constraint web_session_one_owner check (num_nonnulls(user_id, account_id) = 1);

-- What a verified letter opens: a short session that may only choose the password.
-- Only the SHA-256 of the cookie value is stored.
create table activation_session (
    id_hash       char(64)    primary key,
    credential_id uuid        not null references credential (id) on delete cascade,
    expires_at    timestamptz not null
);
create index activation_session_expires_at on activation_session (expires_at);

-- Wrong codes per client address and 10-minute window. Successes are not counted:
-- a whole school may share one address.
create table activation_failure (
    address      varchar(64) not null,
    window_start timestamptz not null,
    failures     integer     not null,
    primary key (address, window_start)
);
