-- Follow-up between levels (issue 17): a province, a NACC region or the nation asks one local
-- government about an indicator ("O22 not yet published"), the LAO's integrity officer answers,
-- the overseer closes. The row belongs to the LAO (tenant_id); the sender's scope is kept as it
-- was when sending, so that a later change of the account's scope does not rewrite who asked.
create table oversight_request (
    id              uuid not null default gen_random_uuid(),
    tenant_id       uuid not null references organisation (id),
    sent_by         uuid not null references app_user (id),
    sender_level    text not null check (sender_level in ('PROVINCE', 'REGION', 'NATION')),
    sender_province char(2) references province (code),
    sender_region   smallint check (sender_region between 1 and 9),
    indicator       text check (length(indicator) <= 100 and indicator ~ '^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$'),
    fiscal_year     integer check (fiscal_year between 2500 and 2700),
    subject         text not null check (length(subject) between 2 and 200),
    message         text not null check (length(message) between 2 and 4000),
    due_on          date not null,
    status          text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    answer          text check (length(answer) between 2 and 4000),
    answered_by     uuid references app_user (id),
    answered_at     timestamptz,
    closed_at       timestamptz,
    created_at      timestamptz not null default now(),
    primary key (tenant_id, id),
    check ((sender_level = 'PROVINCE') = (sender_province is not null)),
    check ((sender_level = 'REGION') = (sender_region is not null)),
    check ((answer is null) = (answered_at is null) and (answer is null) = (answered_by is null)),
    check (status <> 'ANSWERED' or answer is not null),
    check ((status = 'CLOSED') = (closed_at is not null))
);

-- The overseer names a request by its id alone: its scope, not a tenant, is the check.
create index oversight_request_id on oversight_request (id);
-- Open and overdue requests, across tenants for the daily digest and the overseer's counts.
create index oversight_request_status on oversight_request (status, due_on);
create index oversight_request_sender on oversight_request (sent_by);
create index oversight_request_answerer on oversight_request (answered_by);
create index oversight_request_sender_province on oversight_request (sender_province);
