-- Surveys and knowledge tests (issue 14). A survey's questions are one JSON document per version,
-- frozen once the version has an answer. Answers keep no address, no user agent, no time finer than
-- the day, and nothing that joins them to a staff invitation: who has answered a staff survey is a
-- sorted set on the survey row, with no order and no time, kept apart from the answers.
create table survey (
    id             uuid primary key,
    tenant_id      uuid not null references organisation (id),
    kind           text not null check (kind in ('SURVEY', 'TEST', 'CONSULTATION')),
    audience       text not null check (audience in ('PUBLIC', 'STAFF')),
    unit_id        uuid references unit (id),
    title_th       text not null,
    title_en       text,
    intro_th       text,
    intro_en       text,
    template_key   text,
    status         text not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    version        integer not null,
    opens_on       date,
    closes_on      date,
    pass_mark      numeric(5, 2),
    show_score     boolean not null default false,
    pre_test_id    uuid references survey (id),
    min_answers    integer not null default 5 check (min_answers >= 5),
    one_per_browser boolean not null default true,
    published      boolean not null default false,
    answered_by    uuid[] not null default '{}',
    created_by     uuid not null references app_user (id),
    created_at     timestamptz not null,
    unique (tenant_id, id)
);
create index survey_tenant on survey (tenant_id, status);
create index survey_unit on survey (unit_id);
create index survey_pre_test on survey (pre_test_id);
create index survey_created_by on survey (created_by);

create table survey_version (
    survey_id      uuid not null references survey (id) on delete cascade,
    version        integer not null,
    tenant_id      uuid not null references organisation (id),
    questionnaire  jsonb not null,
    created_at     timestamptz not null,
    primary key (survey_id, version)
);
create index survey_version_tenant on survey_version (tenant_id);

create table survey_response (
    id             uuid primary key,
    tenant_id      uuid not null references organisation (id),
    survey_id      uuid not null references survey (id) on delete cascade,
    version        integer not null,
    answered_on    date not null,
    channel        text not null check (channel in ('LINK', 'INVITATION', 'PAPER')),
    score          numeric(5, 2),
    passed         boolean
);
create index survey_response_survey on survey_response (survey_id, answered_on);
create index survey_response_tenant on survey_response (tenant_id);

create table survey_answer (
    response_id    uuid not null references survey_response (id) on delete cascade,
    survey_id      uuid not null references survey (id) on delete cascade,
    tenant_id      uuid not null references organisation (id),
    question_key   text not null,
    choice         smallint,
    number         numeric,
    text           text
);
create index survey_answer_response on survey_answer (response_id);
create index survey_answer_question on survey_answer (survey_id, question_key, choice);
create index survey_answer_tenant on survey_answer (tenant_id);
