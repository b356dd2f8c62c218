-- One throttle for every guessed secret: staff passwords (per user name), a case's secret (per
-- typed case number, whether or not it exists) and a custodian's vault passphrase (per custodian).
-- Three tables and columns that each kept their own count go. The subject is kept only as a keyed
-- hash; a row goes when nobody failed at it for a day and it is no longer locked.
create table guess_throttle (
    scope           text not null,
    subject         bytea not null,
    failures        integer not null,
    locked_until    timestamptz,
    last_failure_at timestamptz not null,
    primary key (scope, subject)
);
create index guess_throttle_last on guess_throttle (last_failure_at);

drop table login_throttle;
drop table complaint_guess;
alter table complaint_case drop column lookup_failures, drop column lookup_locked_until;
alter table identity_custodian drop column failures, drop column locked_until;
