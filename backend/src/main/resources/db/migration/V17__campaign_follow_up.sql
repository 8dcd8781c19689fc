-- A permanent SMTP refusal (5xx) of an address: the server's answer, the letter moved to print.
alter table send_recipient add column refused text;
alter table send add column refused integer not null default 0;
-- A reminder is a send of its own that e-mails the letters of an earlier send again.
alter table send add column reminder_of uuid references send (id) on delete set null;
-- An automatic reminder: due at remind_at, claimed under a lease, made once (reminded_at).
alter table send add column remind_after_days integer check (remind_after_days between 1 and 30);
alter table send add column remind_at          timestamptz;
alter table send add column remind_lease_until timestamptz;
alter table send add column reminded_at        timestamptz;
create index send_reminder_of on send (reminder_of) where reminder_of is not null;
create index send_reminders_due on send (remind_at) where reminded_at is null and remind_at is not null;
