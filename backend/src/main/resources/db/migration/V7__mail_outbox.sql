-- The e-mail outbox lives in send_recipient: rows of channel EMAIL not yet delivered are claimed
-- with FOR UPDATE SKIP LOCKED and a lease, so any instance can send them and a crash loses none.
alter table send_recipient add column attempts        integer     not null default 0;
alter table send_recipient add column next_attempt_at timestamptz;
alter table send_recipient add column lease_until     timestamptz;
alter table send_recipient add column delivered_at    timestamptz;
create index send_recipient_outbox on send_recipient (next_attempt_at)
    where channel = 'EMAIL' and delivered_at is null and error is null;
