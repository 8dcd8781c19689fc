-- A PRINT send with a printer configured becomes one IPP job, followed until it ends. The lease
-- lets exactly one instance submit or check it at a time, and another take over if it dies.
alter table send add column print_printer     varchar(500);
alter table send add column print_job_id      integer;
alter table send add column print_state       varchar(12);
alter table send add column print_message     text;
alter table send add column print_lease_until timestamptz;
create index send_printing on send (print_lease_until) where output = 'PRINT' and state = 'RUNNING';
