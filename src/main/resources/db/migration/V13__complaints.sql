-- The complaint centre (ศูนย์รับเรื่องร้องทุกข์/ร้องเรียน): two channels, general complaints and
-- reports of corruption or misconduct, each case with a number per tenant and fiscal year and a
-- secret kept only as an Argon2id hash.

-- Per-tenant settings: the case-number prefix and the deadlines (calendar days from filing).
create table complaint_settings (
    tenant_id        uuid primary key references organisation (id),
    prefix           text not null check (prefix ~ '^[A-Z][A-Z0-9]{0,7}$'),
    acknowledge_days integer not null default 3 check (acknowledge_days between 1 and 60),
    action_days      integer not null default 15 check (action_days between 1 and 120),
    reopen_days      integer not null default 30 check (reopen_days between 0 and 365)
);

-- Further milestones a tenant sets: done when the case reaches a status, within so many days.
create table complaint_milestone (
    id        uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references organisation (id),
    name_th   text not null,
    name_en   text,
    status    text not null check (status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    days      integer not null check (days between 1 and 365),
    unique (tenant_id, id)
);

create table complaint_category (
    id             uuid primary key default gen_random_uuid(),
    tenant_id      uuid not null references organisation (id),
    channel        text not null check (channel in ('GENERAL', 'CORRUPTION')),
    code           text not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    name_th        text not null,
    name_en        text,
    description_th text,
    description_en text,
    unit_id        uuid,
    position       integer not null,
    active         boolean not null default true,
    unique (tenant_id, id),
    unique (tenant_id, code),
    foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);

-- The last case number given per tenant and fiscal year.
create table complaint_sequence (
    tenant_id   uuid not null references organisation (id),
    fiscal_year integer not null,
    last_number integer not null,
    primary key (tenant_id, fiscal_year)
);

create table complaint_case (
    id                   uuid primary key default gen_random_uuid(),
    tenant_id            uuid not null references organisation (id),
    number               text not null,
    fiscal_year          integer not null,
    channel              text not null check (channel in ('GENERAL', 'CORRUPTION')),
    source               text not null check (source in ('WEB', 'OPEN311', 'PHONE', 'LETTER', 'WALK_IN', 'EMAIL')),
    category_id          uuid not null,
    subject              text not null,
    description          text not null,
    village              text,
    place                text,
    latitude             numeric(9, 6) check (latitude between -90 and 90),
    longitude            numeric(9, 6) check (longitude between -180 and 180),
    occurred_on          date,
    occurred_text        text,
    involved             text,
    involved_unit_id     uuid,
    anonymous            boolean not null,
    notify_by_email      boolean not null default false,
    secret_hash          text not null,
    status               text not null check (status in ('RECEIVED', 'ACKNOWLEDGED', 'ACCEPTED', 'NOT_ACCEPTED', 'REFERRED',
                                                         'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    priority             text not null default 'NORMAL' check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    unit_id              uuid,
    duplicate_of         uuid,
    filed_at             timestamptz not null,
    filed_by             uuid references app_user (id),
    finished_at          timestamptz,
    outcome              text,
    cause                text check (cause in ('SERVICE_QUALITY', 'DELAY', 'OFFICIAL_CONDUCT', 'RULES_UNCLEAR', 'INFRASTRUCTURE',
                                               'PROCUREMENT', 'ABUSE_OF_POWER', 'BRIBERY', 'CONFLICT_OF_INTEREST',
                                               'UNFOUNDED', 'OUTSIDE_MANDATE', 'OTHER')),
    risk_id              uuid,
    preventive_measure   text,
    satisfaction         integer check (satisfaction between 1 and 5),
    satisfaction_comment text,
    rated_at             timestamptz,
    lookup_failures      integer not null default 0,
    lookup_locked_until  timestamptz,
    updated_at           timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, number),
    foreign key (tenant_id, category_id) references complaint_category (tenant_id, id),
    foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    foreign key (tenant_id, involved_unit_id) references unit (tenant_id, id),
    foreign key (tenant_id, duplicate_of) references complaint_case (tenant_id, id),
    foreign key (tenant_id, risk_id) references risk (tenant_id, id) on delete set null (risk_id)
);
create index complaint_case_open on complaint_case (tenant_id, status, filed_at);

-- Who filed, apart from the case so that the whistleblower vault can take it over: never shown
-- to the public, absent for anonymous reports.
create table complaint_contact (
    case_id   uuid primary key,
    tenant_id uuid not null,
    name      text,
    phone     text,
    email     text,
    address   text,
    foreign key (tenant_id, case_id) references complaint_case (tenant_id, id) on delete cascade
);

-- The case's deadlines, fixed when it is filed: acknowledgement, action (the 15-day rule) and the
-- tenant's further milestones. met_at says when, and how, it was kept.
create table complaint_deadline (
    id                 uuid primary key default gen_random_uuid(),
    tenant_id          uuid not null,
    case_id            uuid not null,
    kind               text not null check (kind in ('ACKNOWLEDGE', 'ACTION', 'MILESTONE')),
    name_th            text,
    name_en            text,
    status             text,
    due_at             timestamptz not null,
    met_at             timestamptz,
    met_by             text check (met_by in ('STATUS', 'EXPLANATION')),
    overdue_noticed_at timestamptz,
    foreign key (tenant_id, case_id) references complaint_case (tenant_id, id) on delete cascade
);
create index complaint_deadline_open on complaint_deadline (due_at) where met_at is null;

-- Everything that happened to a case. visible_to_citizen separates replies and status changes the
-- citizen reads from internal notes and reasons.
create table complaint_event (
    id                 uuid primary key default gen_random_uuid(),
    tenant_id          uuid not null,
    case_id            uuid not null,
    at                 timestamptz not null,
    kind               text not null check (kind in ('FILED', 'STATUS', 'REPLY', 'EXPLANATION', 'NOTE', 'CITIZEN_MESSAGE',
                                                     'PRIORITY', 'DUPLICATE', 'OVERDUE', 'RATED', 'REOPENED',
                                                     'CAUSE')),
    from_status        text,
    to_status          text,
    body               text,
    unit_id            uuid,
    actor_id           uuid references app_user (id),
    visible_to_citizen boolean not null,
    unique (tenant_id, id),
    foreign key (tenant_id, case_id) references complaint_case (tenant_id, id) on delete cascade
);
create index complaint_event_case on complaint_event (case_id, at);

create table complaint_attachment (
    id                 uuid primary key default gen_random_uuid(),
    tenant_id          uuid not null,
    case_id            uuid not null,
    event_id           uuid,
    file_name          text not null,
    content_type       text not null,
    size_bytes         integer not null,
    sha256             text not null,
    content            bytea not null,
    from_citizen       boolean not null,
    visible_to_citizen boolean not null,
    uploaded_at        timestamptz not null,
    foreign key (tenant_id, case_id) references complaint_case (tenant_id, id) on delete cascade,
    foreign key (tenant_id, event_id) references complaint_event (tenant_id, id) on delete cascade
);
create index complaint_attachment_case on complaint_attachment (case_id);

-- Citizens who asked to be told of updates: one notice per case per day at most.
create table complaint_notice (
    case_id   uuid not null,
    tenant_id uuid not null,
    day       date not null,
    sent_at   timestamptz not null,
    primary key (case_id, day),
    foreign key (tenant_id, case_id) references complaint_case (tenant_id, id) on delete cascade
);
