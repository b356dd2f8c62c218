-- Staff imported from the staff list (issue 15) have no password until they set one themselves,
-- through an invitation link sent by e-mail or a code printed on paper. Such an account cannot
-- sign in: its hash is empty, and no password matches it.
alter table app_user alter column password_hash drop not null;

-- One live invitation per account: issuing a new one replaces the old, which stops working.
-- Only a SHA-256 hash of the secret is kept (the secret has 60 bits or more of entropy).
create table account_invitation (
    user_id     uuid primary key references app_user (id) on delete cascade,
    tenant_id   uuid not null references organisation (id),
    kind        text not null check (kind in ('MAIL', 'PRINTED')),
    secret_hash bytea not null unique,
    issued_by   uuid references app_user (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > issued_at)
);
create index account_invitation_tenant on account_invitation (tenant_id);

-- A KPI linked to a figure another module computes (plan.KpiMeasure): its actual in a progress
-- round is computed, not typed.
alter table plan_result add column kpi_measure text check (length(kpi_measure) <= 100);
alter table plan_result add constraint plan_result_measure_needs_kpi check (kpi_measure is null or kpi_type is not null);
