-- A tenant is one local government (องค์กรปกครองส่วนท้องถิ่น).
create table organisation (
    id            uuid primary key default gen_random_uuid(),
    slug          text not null unique check (slug ~ '^[a-z][a-z0-9-]{1,38}[a-z0-9]$'),
    name_th       text not null check (length(name_th) between 2 and 200),
    name_en       text not null check (length(name_en) between 2 and 200),
    dla_code      text not null unique check (dla_code ~ '^[0-9]{7}$'),
    kind          text not null check (kind in ('CITY_MUNICIPALITY', 'TOWN_MUNICIPALITY',
                                                'SUBDISTRICT_MUNICIPALITY', 'SAO', 'PAO')),
    province_code char(2) not null references province (code),
    district_th   text not null check (length(district_th) between 2 and 100),
    address_th    text,
    phone         text,
    email         text,
    website       text,
    demo          boolean not null default false,
    created_at    timestamptz not null default now()
);

-- Units: สำนัก/กอง (division) → ฝ่าย (section) → งาน (work unit). The composite keys keep a
-- unit's parent inside the same tenant, whatever the application does.
create table unit (
    id        uuid primary key default gen_random_uuid(),
    tenant_id uuid not null references organisation (id),
    parent_id uuid,
    kind      text not null check (kind in ('DIVISION', 'SECTION', 'WORK_UNIT')),
    name_th   text not null check (length(name_th) between 2 and 200),
    name_en   text check (name_en is null or length(name_en) between 2 and 200),
    phone     text,
    email     text,
    position  integer not null default 0,
    active    boolean not null default true,
    unique (tenant_id, id),
    foreign key (tenant_id, parent_id) references unit (tenant_id, id),
    check (parent_id is null or parent_id <> id)
);

-- Two active units under the same parent cannot share a name (needs PostgreSQL 15+).
create unique index unit_sibling_name on unit (tenant_id, parent_id, name_th) nulls not distinct
    where active;
create index unit_tenant on unit (tenant_id, parent_id, position);
