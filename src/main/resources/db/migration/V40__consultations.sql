-- Consultations (issue 14): a survey of open questions on a draft — the action plan, a budget, a
-- project — open to citizens for a set period, then the summary of what was said and what the local
-- government did about it, published. The published summary is the evidence of the OIT's
-- participation item (O20 in FY2568, o30 in FY2566).
create table survey_consultation (
    survey_id            uuid primary key references survey (id) on delete cascade,
    tenant_id            uuid not null references organisation (id),
    subject              text not null check (subject in ('PLAN', 'BUDGET', 'PROJECT', 'OTHER')),
    draft_text           text,
    draft_link           text,
    summary              text,
    actions              text,
    summary_published_on date,
    summarised_by        uuid references app_user (id),
    summarised_at        timestamptz
);
create index survey_consultation_tenant on survey_consultation (tenant_id, summary_published_on);
create index survey_consultation_summarised_by on survey_consultation (summarised_by);

update disclosure_checklist_item set auto_source = 'public-consultation'
 where auto_source is null and number in ('O20', 'o30');
