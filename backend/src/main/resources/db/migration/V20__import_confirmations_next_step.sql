-- A confirmed import, by the key its preview gave: confirming the same preview again (a double
-- click, a retried request) answers the first report instead of importing a second time.
create table account_import_confirmation (
    idempotency_key varchar(200) primary key,
    files_sha256    bytea       not null,
    report          jsonb       not null,
    created_at      timestamptz not null
);

-- Where a recipient uses the account next (the school's ENT or PRONOTE), shown in « Mon compte ».
alter table establishment
    add column next_step_url   varchar(500),
    add column next_step_label varchar(100);
