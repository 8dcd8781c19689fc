-- A send: an audience, a selection, a template and an output; counts kept as it runs.
create table send (
    id              uuid primary key default gen_random_uuid(),
    state           varchar(12) not null check (state in ('PENDING', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    output          varchar(8)  not null check (output in ('PDF', 'EMAIL', 'PRINT')),
    audience        varchar(20) not null,
    template_id     uuid        not null references letter_template (id),
    validity_days   integer     not null,
    total           integer     not null,
    eligible        integer     not null,
    skipped         integer     not null,
    done            integer     not null default 0,
    failed          integer     not null default 0,
    to_print        integer     not null default 0,
    -- The client's Idempotency-Key: the same key twice gives the same send.
    idempotency_key varchar(200) unique,
    created_at      timestamptz not null,
    created_by      varchar(100) not null
);
create index send_created_at on send (created_at desc);

-- One row per recipient who gets a letter, in the order the letters are printed.
create table send_recipient (
    send_id       uuid       not null references send (id) on delete cascade,
    account_id    uuid       not null references account (id) on delete cascade,
    position      integer    not null,
    credential_id uuid       references credential (id) on delete set null,
    channel       varchar(8) not null check (channel in ('PDF', 'EMAIL', 'PRINT')),
    error         text,
    primary key (send_id, account_id)
);
create unique index send_recipient_position on send_recipient (send_id, position);
create index send_recipient_account on send_recipient (account_id);


-- Letters issued by a send point back to it.
alter table credential add constraint credential_send_fk
    foreign key (send_id) references send (id) on delete set null;
