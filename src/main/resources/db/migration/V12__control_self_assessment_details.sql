-- ปค.๔ (see V10): the summary row becomes the year's record. It gets an id for the audit trail,
-- who saved it last and when, and the year it was started from when it began as a copy of last
-- year's answers (a draft to review). The official form also has a conclusion per component,
-- kept beside the per-principle ones.
alter table control_self_assessment_summary
    add column id           uuid not null default gen_random_uuid() unique,
    add column updated_by   uuid references app_user (id),
    add column updated_at   timestamptz,
    add column carried_from integer check (carried_from < fiscal_year);

create table control_self_assessment_component (
    tenant_id   uuid not null,
    fiscal_year integer not null,
    component   integer not null check (component between 1 and 5),
    conclusion  text not null,
    primary key (tenant_id, fiscal_year, component),
    foreign key (tenant_id, fiscal_year) references control_self_assessment_summary (tenant_id, fiscal_year)
        on delete cascade
);
