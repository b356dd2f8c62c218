-- Overrides of computed KPI actuals (issue 14): a KPI linked to a measure (a survey's share
-- satisfied) takes its actual from the records; the integrity officer may type another figure only
-- with a written reason. Every override and every removal (actual null) is kept, with what the
-- figure computed to at that moment; the latest row of a report's result says whether one stands.
create table progress_kpi_override (
    id          bigint generated always as identity primary key,
    tenant_id   uuid not null,
    report_id   uuid not null,
    result_key  uuid not null,
    computed    numeric(14, 2),
    actual      numeric(14, 2) check (actual >= 0),
    reason      text check (char_length(reason) <= 1000),
    changed_by  uuid not null references app_user (id),
    changed_at  timestamptz not null,
    foreign key (tenant_id, report_id) references progress_report (tenant_id, id) on delete cascade,
    check ((actual is null) = (reason is null))
);
create index progress_kpi_override_report on progress_kpi_override (tenant_id, report_id, result_key, id);
create index progress_kpi_override_changed_by on progress_kpi_override (changed_by);
