-- Which instance runs a scheduled job now, and until when (ShedLock, net.javacrumbs.shedlock): one row
-- per job, so that instances sharing the database run each firing of a schedule once between them.
-- A platform table (no tenant_id, listed in TenantSchemaRuleTest): shedlock belongs to no local government.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
