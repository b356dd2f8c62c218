-- The fraud-risk assessment (ประเมินความเสี่ยงการทุจริต), the seed's 9-step method.
--
-- Risk matrices are data, versioned: an assessment keeps the matrix version it was made with.
-- definition holds the two axes' levels, the score bands and the residual table
-- (band × control quality → residual rating).
create table risk_matrix (
    id         uuid primary key default gen_random_uuid(),
    code       text not null,
    version    integer not null check (version > 0),
    name_th    text not null,
    name_en    text not null,
    levels     integer not null check (levels between 2 and 10),
    definition jsonb not null,
    unique (code, version)
);

-- The seed's 3×3: monitoring necessity (3 MUST main step, high risk; 2 main step; 1 SHOULD, secondary)
-- × impact severity (3 severe; 2 not severe; 1 internal). Score bands follow the seed's table 4,
-- where 2 × 2 = 4 with fair control is rated low: 1–4 low, 6 medium, 9 high. The residual table is
-- the NACC guide's: good control lowers one band, weak control raises one.
insert into risk_matrix (code, version, name_th, name_en, levels, definition) values
('NACC_3X3', 1, 'เมทริกซ์ ๓ × ๓ ความจำเป็นของการเฝ้าระวัง × ความรุนแรงของผลกระทบ (ตามแผนบ้านต๋อม)',
 '3 × 3 monitoring necessity × impact severity (as in the Ban Tom plan)', 3, '{
  "likelihood": {"th": "ระดับความจำเป็นของการเฝ้าระวัง", "en": "Monitoring necessity", "levels": [
    {"value": 1, "th": "ขั้นตอนรองของกระบวนการ (SHOULD)", "en": "A secondary step (SHOULD)"},
    {"value": 2, "th": "ขั้นตอนหลักของกระบวนการ มีความเสี่ยงไม่สูงมาก", "en": "A main step, risk not very high"},
    {"value": 3, "th": "ขั้นตอนหลักของกระบวนการ มีความเสี่ยงในการทุจริตสูง (MUST)", "en": "A main step, high fraud risk (MUST)"}]},
  "impact": {"th": "ระดับความรุนแรงของผลกระทบ", "en": "Impact severity", "levels": [
    {"value": 1, "th": "ผลกระทบต่อกระบวนการภายใน/การเรียนรู้/องค์ความรู้", "en": "Internal processes, learning, knowledge"},
    {"value": 2, "th": "ผลกระทบต่อผู้ใช้บริการ/ผู้มีส่วนได้เสีย/ทางการเงิน ในระดับไม่รุนแรง", "en": "Users, stakeholders or finances, not severely"},
    {"value": 3, "th": "ผลกระทบต่อผู้ใช้บริการ/ผู้มีส่วนได้เสีย/ทางการเงิน ในระดับรุนแรง", "en": "Users, stakeholders or finances, severely"}]},
  "bands": [{"band": "LOW", "max": 4}, {"band": "MEDIUM", "max": 6}, {"band": "HIGH", "max": 9}],
  "residual": {"GOOD": {"LOW": "LOW", "MEDIUM": "LOW", "HIGH": "MEDIUM"},
               "FAIR": {"LOW": "LOW", "MEDIUM": "MEDIUM", "HIGH": "HIGH"},
               "WEAK": {"LOW": "MEDIUM", "MEDIUM": "HIGH", "HIGH": "HIGH"}}}'),
('LIKELIHOOD_IMPACT_5X5', 1, 'เมทริกซ์ ๕ × ๕ โอกาสที่จะเกิด × ผลกระทบ',
 '5 × 5 likelihood × impact', 5, '{
  "likelihood": {"th": "โอกาสที่จะเกิด", "en": "Likelihood", "levels": [
    {"value": 1, "th": "น้อยมาก", "en": "Rare"}, {"value": 2, "th": "น้อย", "en": "Unlikely"},
    {"value": 3, "th": "ปานกลาง", "en": "Possible"}, {"value": 4, "th": "สูง", "en": "Likely"},
    {"value": 5, "th": "สูงมาก", "en": "Almost certain"}]},
  "impact": {"th": "ผลกระทบ", "en": "Impact", "levels": [
    {"value": 1, "th": "น้อยมาก", "en": "Negligible"}, {"value": 2, "th": "น้อย", "en": "Minor"},
    {"value": 3, "th": "ปานกลาง", "en": "Moderate"}, {"value": 4, "th": "สูง", "en": "Major"},
    {"value": 5, "th": "สูงมาก", "en": "Severe"}]},
  "bands": [{"band": "LOW", "max": 4}, {"band": "MEDIUM", "max": 9}, {"band": "HIGH", "max": 25}],
  "residual": {"GOOD": {"LOW": "LOW", "MEDIUM": "LOW", "HIGH": "MEDIUM"},
               "FAIR": {"LOW": "LOW", "MEDIUM": "MEDIUM", "HIGH": "HIGH"},
               "WEAK": {"LOW": "MEDIUM", "MEDIUM": "HIGH", "HIGH": "HIGH"}}}');

create table risk_assessment (
    id           uuid primary key default gen_random_uuid(),
    tenant_id    uuid not null references organisation (id),
    fiscal_year  integer not null check (fiscal_year between 2500 and 2700),
    matrix_id    uuid not null references risk_matrix (id),
    status       text not null check (status in ('DRAFT', 'PUBLISHED')),
    previous_id  uuid,
    published_at timestamptz,
    created_at   timestamptz not null default now(),
    unique (tenant_id, fiscal_year),
    unique (tenant_id, id),
    foreign key (tenant_id, previous_id) references risk_assessment (tenant_id, id)
);

-- A risk of one assessment. The score is a generated column: it cannot disagree with its levels.
-- source_tables keeps, for an imported assessment, what the source document's own tables said
-- (e.g. the levels table 3.1 and 3.2 give), so that the consistency checks can compare them.
create table risk (
    id              uuid primary key default gen_random_uuid(),
    tenant_id       uuid not null,
    assessment_id   uuid not null,
    position        integer not null,
    area            text not null check (area in ('APPROVAL_PERMIT', 'POWER_POSITION', 'BUDGET_RESOURCES')),
    mission         text not null default 'CORE' check (mission in ('CORE', 'POLICY', 'SUPPORT')),
    process         text,
    event           text not null,
    behaviour       text,
    factor_kind     text check (factor_kind in ('KNOWN', 'UNKNOWN')),
    factor_evidence text,
    risk_factors    text,
    existing_control text,
    unit_id         uuid,
    traffic_light   text check (traffic_light in ('GREEN', 'YELLOW', 'ORANGE', 'RED')),
    likelihood      integer check (likelihood between 1 and 10),
    impact          integer check (impact between 1 and 10),
    score           integer generated always as (likelihood * impact) stored,
    control_quality text check (control_quality in ('GOOD', 'FAIR', 'WEAK')),
    change          text not null default 'NEW' check (change in ('NEW', 'CHANGED', 'UNCHANGED')),
    previous_risk_id uuid,
    source_tables   jsonb,
    unique (tenant_id, id),
    foreign key (tenant_id, assessment_id) references risk_assessment (tenant_id, id) on delete cascade,
    foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    check ((likelihood is null) = (impact is null))
);
create index risk_assessment_position on risk (assessment_id, position);

-- Step 5: the risk management plan. A measure may treat the risk through an item of the action plan
-- (by the item's key, which stays the same across the plan's revisions).
create table risk_measure (
    id            uuid primary key default gen_random_uuid(),
    tenant_id     uuid not null,
    risk_id       uuid not null,
    position      integer not null,
    measure       text not null,
    period_text   text,
    period_from   date,
    period_to     date,
    unit_id       uuid,
    unit_text     text,
    plan_item_key uuid,
    unique (tenant_id, id),
    foreign key (tenant_id, risk_id) references risk (tenant_id, id) on delete cascade,
    foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    check (period_from is null or period_to is null or period_from <= period_to)
);

-- Steps 6–9: monitoring rounds per measure (1 = six months, 2 = twelve), with a re-rated control.
create table risk_monitoring (
    id              uuid primary key default gen_random_uuid(),
    tenant_id       uuid not null,
    measure_id      uuid not null,
    round           smallint not null check (round in (1, 2)),
    status          text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANNOT_DO')),
    progress_pct    integer not null check (progress_pct between 0 and 100),
    result          text,
    problems        text,
    fixes           text,
    control_quality text check (control_quality in ('GOOD', 'FAIR', 'WEAK')),
    updated_by      uuid references app_user (id),
    updated_at      timestamptz not null default now(),
    unique (measure_id, round),
    foreign key (tenant_id, measure_id) references risk_measure (tenant_id, id) on delete cascade
);

-- ปค.๔: the COSO 2013 self-assessment, one conclusion per principle (1–17) per fiscal year.
create table control_self_assessment (
    tenant_id     uuid not null references organisation (id),
    fiscal_year   integer not null,
    principle     integer not null check (principle between 1 and 17),
    result        text not null check (result in ('ADEQUATE', 'NEEDS_IMPROVEMENT', 'NOT_APPLICABLE')),
    conclusion    text,
    primary key (tenant_id, fiscal_year, principle)
);

create table control_self_assessment_summary (
    tenant_id        uuid not null references organisation (id),
    fiscal_year      integer not null,
    overall          text,
    assessor_name    text,
    assessor_position text,
    assessed_on      date,
    primary key (tenant_id, fiscal_year)
);
