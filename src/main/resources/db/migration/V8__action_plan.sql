-- The anti-corruption action plan. A plan spans fiscal years (Buddhist Era); its content lives in
-- revisions: one open revision (draft or approved) and one published revision at a time, earlier
-- published ones superseded. Items and results keep a key across revisions, so that progress
-- reported against an item follows it into the next revision.
create table plan (
    id         uuid primary key default gen_random_uuid(),
    tenant_id  uuid not null references organisation (id),
    first_year integer not null check (first_year between 2500 and 2700),
    last_year  integer not null,
    created_at timestamptz not null default now(),
    unique (tenant_id, id),
    check (last_year between first_year and first_year + 9)
);

create table plan_revision (
    id               uuid primary key default gen_random_uuid(),
    tenant_id        uuid not null,
    plan_id          uuid not null,
    number           integer not null check (number > 0),
    status           text not null check (status in ('DRAFT', 'APPROVED', 'PUBLISHED', 'SUPERSEDED')),
    title            text not null,
    foreword         text,
    origin           text,
    objectives       jsonb not null default '[]',
    format           text,
    executive_policy text,
    approved_by      uuid references app_user (id),
    approved_at      timestamptz,
    published_by     uuid references app_user (id),
    published_at     timestamptz,
    created_at       timestamptz not null default now(),
    unique (plan_id, number),
    unique (tenant_id, id),
    foreign key (tenant_id, plan_id) references plan (tenant_id, id)
);
create unique index plan_revision_one_open on plan_revision (plan_id) where status in ('DRAFT', 'APPROVED');
create unique index plan_revision_one_published on plan_revision (plan_id) where status = 'PUBLISHED';

create table plan_dimension (
    id          uuid primary key default gen_random_uuid(),
    tenant_id   uuid not null,
    revision_id uuid not null,
    parent_id   uuid,
    number      text not null check (number ~ '^[0-9]+(\.[0-9]+)*$'),
    title       text not null,
    position    integer not null,
    unique (tenant_id, id),
    unique (revision_id, number),
    foreign key (tenant_id, revision_id) references plan_revision (tenant_id, id) on delete cascade,
    foreign key (tenant_id, parent_id) references plan_dimension (tenant_id, id) on delete cascade
);

create table plan_item (
    id                  uuid primary key default gen_random_uuid(),
    tenant_id           uuid not null,
    revision_id         uuid not null,
    dimension_id        uuid not null,
    item_key            uuid not null default gen_random_uuid(),
    position            integer not null,
    kind                text not null check (kind in ('PROJECT', 'ACTIVITY', 'MEASURE', 'GUIDELINE')),
    name                text not null,
    rationale           text,
    objectives          jsonb not null default '[]',
    target_group        text,
    target_count        integer check (target_count >= 0),
    method              jsonb not null default '[]',
    period_text         text,
    period_months       integer[] not null default '{}',
    budget_none         boolean not null default true,
    budget_text         text,
    responsible_unit_id uuid,
    responsible_text    text,
    unique (tenant_id, id),
    unique (revision_id, item_key),
    foreign key (tenant_id, revision_id) references plan_revision (tenant_id, id) on delete cascade,
    foreign key (tenant_id, dimension_id) references plan_dimension (tenant_id, id) on delete cascade,
    foreign key (tenant_id, responsible_unit_id) references unit (tenant_id, id)
);
create index plan_item_revision on plan_item (revision_id, dimension_id, position);

create table plan_item_budget (
    item_id     uuid not null references plan_item (id) on delete cascade,
    fiscal_year integer not null,
    amount      numeric(14, 2) not null check (amount >= 0),
    primary key (item_id, fiscal_year)
);

create table plan_result (
    id          uuid primary key default gen_random_uuid(),
    item_id     uuid not null references plan_item (id) on delete cascade,
    result_key  uuid not null default gen_random_uuid(),
    kind        text not null check (kind in ('OUTPUT', 'OUTCOME')),
    position    integer not null,
    text        text not null,
    kpi_type    text check (kpi_type in ('COUNT_AT_LEAST', 'PERCENT_AT_LEAST', 'TIMES_PER_YEAR', 'YES_NO')),
    kpi_target  numeric(14, 2),
    kpi_unit    text,
    kpi_method  text check (kpi_method in ('SURVEY', 'TEST', 'COUNT', 'DOCUMENT')),
    unique (item_id, result_key),
    check ((kpi_type is null) = (kpi_method is null))
);

-- Progress, per item (by key), fiscal year and round: 1 = six months (Oct–Mar), 2 = twelve months.
create table progress_report (
    id                  uuid primary key default gen_random_uuid(),
    tenant_id           uuid not null,
    plan_id             uuid not null,
    item_key            uuid not null,
    fiscal_year         integer not null,
    round               smallint not null check (round in (1, 2)),
    status              text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANNOT_DO')),
    cannot_reason       text check (cannot_reason in ('NO_BUDGET', 'POLICY_CHANGED', 'NOT_ENOUGH_STAFF', 'OTHER')),
    cannot_reason_other text,
    budget_plan         numeric(14, 2) check (budget_plan >= 0),
    budget_ordinance    numeric(14, 2) check (budget_ordinance >= 0),
    disbursed           numeric(14, 2) check (disbursed >= 0),
    in_ordinance        boolean,
    narrative           text,
    problems            text,
    fixes               text,
    locked              boolean not null default false,
    updated_by          uuid references app_user (id),
    updated_at          timestamptz not null default now(),
    unique (tenant_id, id),
    unique (plan_id, item_key, fiscal_year, round),
    foreign key (tenant_id, plan_id) references plan (tenant_id, id),
    check ((status = 'CANNOT_DO') = (cannot_reason is not null))
);

create table progress_kpi_actual (
    report_id  uuid not null references progress_report (id) on delete cascade,
    result_key uuid not null,
    actual     numeric(14, 2) not null,
    primary key (report_id, result_key)
);

create table progress_evidence (
    id           uuid primary key default gen_random_uuid(),
    tenant_id    uuid not null,
    report_id    uuid not null,
    title        text not null,
    url          text,
    file_name    text,
    content_type text,
    size_bytes   integer,
    content      bytea,
    created_at   timestamptz not null default now(),
    foreign key (tenant_id, report_id) references progress_report (tenant_id, id) on delete cascade,
    check ((url is null) <> (content is null))
);

-- A round's results published to the portal.
create table progress_round (
    tenant_id    uuid not null,
    plan_id      uuid not null,
    fiscal_year  integer not null,
    round        smallint not null check (round in (1, 2)),
    published_by uuid references app_user (id),
    published_at timestamptz not null,
    primary key (plan_id, fiscal_year, round),
    foreign key (tenant_id, plan_id) references plan (tenant_id, id)
);
