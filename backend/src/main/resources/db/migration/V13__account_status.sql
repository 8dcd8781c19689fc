-- A person missing from this year's export has left the school: the account is kept, gets no letter.
alter table account add column status varchar(10) not null default 'ACTIVE'
    check (status in ('ACTIVE', 'LEFT'));
create index account_left on account (kind) where status = 'LEFT';
