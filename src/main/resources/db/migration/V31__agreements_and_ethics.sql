-- Performance agreements (ข้อตกลงการปฏิบัติราชการ) and the code of ethics (ประมวลจริยธรรม), issue 15.

-- What the integrity officer sets for a fiscal year: the date by which agreements are to be signed.
create table agreement_year (
    tenant_id   uuid not null references organisation (id),
    fiscal_year integer not null check (fiscal_year between 2500 and 2700),
    sign_by     date not null,
    primary key (tenant_id, fiscal_year)
);

-- One agreement a year between a person (or a unit, signed by its head: person_id) and their
-- supervisor. goals holds the current version; content_hash is the SHA-256 of what is signed.
create table agreement (
    id                 uuid primary key default gen_random_uuid(),
    tenant_id          uuid not null references organisation (id),
    fiscal_year        integer not null check (fiscal_year between 2500 and 2700),
    person_id          uuid not null references app_user (id),
    unit_id            uuid,
    supervisor_id      uuid not null references app_user (id),
    version            integer not null check (version > 0),
    content_hash       text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    goals              jsonb not null,
    results            jsonb,
    score              numeric(5, 2) check (score between 0 and 100),
    level              text check (level in ('EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'NEEDS_IMPROVEMENT')),
    assessment_comment text check (length(assessment_comment) <= 4000),
    assessment_hash    text check (assessment_hash ~ '^[0-9a-f]{64}$'),
    created_by         uuid not null references app_user (id),
    created_at         timestamptz not null default now(),
    changed_at         timestamptz not null default now(),
    unique (tenant_id, id),
    foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    check (person_id <> supervisor_id)
);
create unique index agreement_one_a_year on agreement (tenant_id, fiscal_year, person_id, unit_id) nulls not distinct;
create index agreement_supervisor on agreement (tenant_id, supervisor_id, fiscal_year);

-- Every version as it was saved, so that an old signature's hash can be matched to its content.
create table agreement_version (
    tenant_id     uuid not null,
    agreement_id  uuid not null,
    version       integer not null,
    content_hash  text not null,
    supervisor_id uuid not null references app_user (id),
    goals         jsonb not null,
    saved_by      uuid not null references app_user (id),
    saved_at      timestamptz not null default now(),
    primary key (agreement_id, version),
    foreign key (tenant_id, agreement_id) references agreement (tenant_id, id)
);

-- Signatures are never removed: a signature counts while its hash is the agreement's (or the
-- assessment's) current hash, and stays in the history afterwards.
create table agreement_signature (
    id           uuid primary key default gen_random_uuid(),
    tenant_id    uuid not null,
    agreement_id uuid not null,
    stage        text not null check (stage in ('AGREEMENT', 'ASSESSMENT')),
    side         text not null check (side in ('PERSON', 'SUPERVISOR')),
    signer_id    uuid not null references app_user (id),
    version      integer not null,
    content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    signed_at    timestamptz not null default now(),
    unique (agreement_id, stage, side, content_hash),
    foreign key (tenant_id, agreement_id) references agreement (tenant_id, id)
);
create index agreement_signature_of on agreement_signature (tenant_id, agreement_id);

-- The tenant's code of ethics, a row per version; the one in force is the latest whose
-- effective date has come. An optional PDF, judged by its content when uploaded.
create table ethics_code (
    id           uuid primary key default gen_random_uuid(),
    tenant_id    uuid not null references organisation (id),
    version      integer not null check (version > 0),
    title        text not null check (length(title) between 2 and 300),
    body         text not null check (length(body) between 10 and 100000),
    effective_on date not null,
    file_name    text check (length(file_name) <= 200),
    file_content bytea,
    file_sha256  text,
    published_by uuid not null references app_user (id),
    published_at timestamptz not null default now(),
    unique (tenant_id, version),
    unique (tenant_id, id),
    check ((file_name is null) = (file_content is null))
);

create table ethics_acknowledgement (
    tenant_id       uuid not null,
    code_id         uuid not null,
    user_id         uuid not null references app_user (id),
    acknowledged_at timestamptz not null default now(),
    primary key (code_id, user_id),
    foreign key (tenant_id, code_id) references ethics_code (tenant_id, id)
);
create index ethics_acknowledgement_user on ethics_acknowledgement (tenant_id, user_id);
