-- Administrators as people: a name to be told apart by, an optional e-mail, a status, and
-- whether the password they were given must be changed at the next sign-in.
alter table admin_user add column display_name varchar(100);
update admin_user set display_name = username;
alter table admin_user alter column display_name set not null;
alter table admin_user add column email varchar(254);
alter table admin_user add column status varchar(10) not null default 'ACTIVE'
    check (status in ('ACTIVE', 'DISABLED'));
alter table admin_user add column must_change_password boolean not null default false;
alter table admin_user add column last_sign_in_at timestamptz;
-- Invited with a link: no password until the link is used.
alter table admin_user alter column password_hash drop not null;

-- One-time links to set a password. Only the SHA-256 of the link's 256-bit secret is kept.
create table admin_password_link (
    token_hash char(64)    primary key,
    user_id    uuid        not null references admin_user (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index admin_password_link_user on admin_password_link (user_id);

-- The journal names the person acting, besides their username.
alter table audit_event add column actor_display_name varchar(100);
