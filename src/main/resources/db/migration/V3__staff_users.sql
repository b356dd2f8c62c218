-- Staff, platform and oversight accounts. Tenant staff have a tenant; platform admins and
-- oversight users (province / NACC region / nation) have none.
create table app_user (
    id                   uuid primary key default gen_random_uuid(),
    tenant_id            uuid references organisation (id),
    username             text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    display_name         text not null check (length(display_name) between 2 and 200),
    email                text,
    password_hash        text not null,
    unit_id              uuid,
    oversight_scope      text check (oversight_scope in ('PROVINCE', 'REGION', 'NATION')),
    oversight_province   char(2) references province (code),
    oversight_region     smallint check (oversight_region between 1 and 9),
    active               boolean not null default true,
    must_change_password boolean not null default false,
    demo                 boolean not null default false,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz not null default now(),
    foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    check (unit_id is null or tenant_id is not null),
    check ((oversight_scope = 'PROVINCE') = (oversight_province is not null)),
    check ((oversight_scope = 'REGION') = (oversight_region is not null)),
    check (oversight_scope is null or tenant_id is null)
);
create index app_user_tenant on app_user (tenant_id);

create table user_role (
    user_id uuid not null references app_user (id),
    role    text not null check (role in ('PLATFORM_ADMIN', 'OVERSIGHT', 'TENANT_ADMIN',
                                          'INTEGRITY_OFFICER', 'UNIT_STAFF', 'EXECUTIVE',
                                          'INTERNAL_AUDITOR', 'COUNCIL_MEMBER',
                                          'IDENTITY_CUSTODIAN')),
    primary key (user_id, role)
);

-- Failed sign-ins per attempted user name. The name is kept only as a SHA-256 digest: people
-- type passwords into the user-name field, and names that do not exist are throttled too.
create table login_throttle (
    username_digest bytea primary key,
    failures        integer not null,
    locked_until    timestamptz,
    last_failure_at timestamptz not null
);
