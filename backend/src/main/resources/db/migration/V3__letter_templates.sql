-- Letter templates: shipped originals (original_key set) and the school's own.
create table letter_template (
    id           uuid primary key default gen_random_uuid(),
    name         varchar(120)  not null,
    language     varchar(2)    not null check (language in ('fr', 'en')),
    audiences    varchar(20)[] not null,
    variant      varchar(10)   not null check (variant in ('QR', 'NO_QR')),
    body         text          not null,
    original_key varchar(60) unique,
    customised   boolean       not null default false,
    version      integer       not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)
);

-- Every saved text, so nothing an administrator wrote is ever lost.
create table letter_template_version (
    template_id uuid         not null references letter_template (id) on delete cascade,
    version     integer      not null,
    name        varchar(120) not null,
    body        text         not null,
    saved_at    timestamptz  not null,
    saved_by    varchar(100),
    note        varchar(20)  not null,
    primary key (template_id, version)
);
