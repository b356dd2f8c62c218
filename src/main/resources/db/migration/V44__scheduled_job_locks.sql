-- Which instance runs a scheduled job now, and until when (ShedLock, net.javacrumbs.shedlock): one row
-- per job, so that instances sharing the database run each firing of a schedule once between them.
-- Reference table (no tenant_id): shedlock belongs to the platform, not to a local government.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
