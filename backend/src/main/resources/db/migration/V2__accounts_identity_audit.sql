-- The school's users who receive letters.
create table account (
    id              uuid primary key default gen_random_uuid(),
    kind            varchar(20)  not null
        check (kind in ('STUDENT', 'PARENT', 'TEACHER', 'STAFF', 'INSPECTOR')),
    civility        varchar(20),
    last_name       varchar(100) not null,
    first_name      varchar(100) not null,
    login           varchar(100) not null,
    email           varchar(254),
    class_name      varchar(50),
    address         varchar(500),
    external_id     varchar(100),
    connection_mode varchar(10)  not null default 'DIRECT' check (connection_mode in ('DIRECT', 'ENT')),
    password_state  varchar(20)  not null default 'NONE'
        check (password_state in ('NONE', 'PROVISIONAL', 'PERSONALISED')),
    -- Lower-cased and without accents: for searching ("helene" finds "Hélène") and for sorting
    -- names the way a French reader expects, whatever the database's collation.
    search_text     text         not null,
    last_name_key   varchar(100) not null,
    first_name_key  varchar(100) not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create unique index account_login_key on account (login);
create unique index account_external_id_key on account (kind, external_id) where external_id is not null;
create index account_kind_name on account (kind, last_name_key, first_name_key);
create index account_class_name on account (class_name) where class_name is not null;

-- Parents and the students they are responsible for.
create table account_child (
    parent_id uuid not null references account (id) on delete cascade,
    child_id  uuid not null references account (id) on delete cascade,
    primary key (parent_id, child_id)
);
create index account_child_child on account_child (child_id);

-- The establishment: a single row.
create table establishment (
    id         smallint primary key default 1 check (id = 1),
    name       varchar(200),
    uai        char(8),
    address    varchar(500),
    public_url varchar(500),
    logo       bytea,
    logo_type  varchar(20),
    updated_at timestamptz not null
);

-- Who did what to whom, when and from where. Never holds a secret.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(100) not null,
    action         varchar(60)  not null,
    target_type    varchar(30),
    target_id      varchar(100),
    client_address varchar(64),
    details        jsonb
);
create index audit_event_occurred_at on audit_event (occurred_at);
create index audit_event_target on audit_event (target_type, target_id);
