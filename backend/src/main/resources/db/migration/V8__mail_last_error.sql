-- Why the last try of a pending e-mail failed, shown while it is retried.
alter table send_recipient add column last_error text;
