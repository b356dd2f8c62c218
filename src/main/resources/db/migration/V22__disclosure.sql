-- Public disclosure (issue 7): the ITA's OIT checklist as versioned data per fiscal year, each
-- tenant's responsible units, and what each tenant publishes against an item and a period.

-- A checklist version: the OIT list an assessment year uses (FY2566 o1–o43, FY2568 O1–O26 …).
-- It applies from first_year until a later checklist takes over. A platform admin loads next
-- year's list as a file; a code and version pair never changes once loaded.
create table disclosure_checklist (
    id          uuid primary key default gen_random_uuid(),
    code        text not null,
    version     integer not null check (version > 0),
    first_year  integer not null check (first_year between 2500 and 2700),
    name_th     text not null,
    name_en     text not null,
    source      text not null,
    loaded_at   timestamptz not null,
    unique (code, version)
);

-- An item of a checklist. grp is one of the seed's five groups; frequency and due say when a
-- publication is due (due: START or END of the period, plus an ISO-8601 period, e.g. END+P15D);
-- auto_source names what the system publishes by itself for it (action-plan, complaint-statistics …).
create table disclosure_checklist_item (
    checklist_id   uuid not null references disclosure_checklist (id) on delete cascade,
    number         text not null,
    position       integer not null,
    grp            text not null check (grp in ('BASIC', 'ADMINISTRATION', 'BUDGET', 'HUMAN_RESOURCES', 'TRANSPARENCY')),
    section        text,
    title_th       text not null,
    title_en       text not null,
    what_th        text not null,
    what_en        text not null,
    frequency      text not null check (frequency in ('ONCE', 'ON_CHANGE', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY')),
    due            text not null,
    auto_source    text,
    primary key (checklist_id, number)
);

-- Which unit of a tenant answers for an item; without a row the integrity officer does.
create table disclosure_responsibility (
    tenant_id  uuid not null references organisation (id),
    item_key   text not null,
    unit_id    uuid not null,
    primary key (tenant_id, item_key),
    foreign key (tenant_id, unit_id) references unit (tenant_id, id)
);

-- A publication against an item (by its number in the checklist of the fiscal year) and a period
-- of that year: a file, a link or a text record. A replaced one stays as history; a withdrawn one
-- keeps its reason. Files are checked by content before they get here.
create table disclosure_publication (
    id             uuid primary key default gen_random_uuid(),
    tenant_id      uuid not null references organisation (id),
    fiscal_year    integer not null,
    item_number    text not null,
    period         text not null,
    title          text not null,
    published_on   date not null,
    link_url       text,
    file_name      text,
    content_type   text,
    content        bytea,
    notes          text,
    status         text not null default 'CURRENT' check (status in ('CURRENT', 'REPLACED', 'WITHDRAWN')),
    replaced_by    uuid references disclosure_publication (id),
    withdrawn_reason text,
    created_by     uuid,
    created_at     timestamptz not null,
    changed_at     timestamptz not null,
    check ((link_url is not null) or (content is not null) or (notes is not null))
);
create index disclosure_publication_item on disclosure_publication (tenant_id, fiscal_year, item_number, period);
