-- Who acts may be an API key named with up to 100 characters: "api-key:<name>" must fit.
alter table audit_event alter column actor type varchar(200);
alter table send alter column created_by type varchar(200);

-- An Idempotency-Key belongs to its caller (an administrator's or a key's id) and to one request
-- body (its SHA-256). Keys stored before had no caller: they are simply never matched again.
alter table send add column idempotency_caller varchar(200);
alter table send add column idempotency_hash varchar(64);
alter table send drop constraint send_idempotency_key_key;
alter table send add constraint send_idempotency_per_caller unique (idempotency_caller, idempotency_key);
