-- Oversight indicators (issue 17): what each local government's programme shows per fiscal year,
-- kept as the modules change so that a province, a NACC region and the nation read aggregates of
-- 7,850 local governments without touching their raw rows. A figure is never personal data: counts,
-- shares, medians, yes/no. Which figures exist is code (shared.IndicatorSource), not data.
create table indicator_value (
    tenant_id   uuid not null references organisation (id),
    fiscal_year integer not null check (fiscal_year between 2500 and 2700),
    indicator   text not null check (indicator ~ '^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$'),
    value       numeric,
    numerator   numeric,
    denominator numeric,
    computed_at timestamptz not null,
    primary key (tenant_id, fiscal_year, indicator)
);
-- Every oversight page asks one fiscal year's indicators across places.
create index indicator_value_year on indicator_value (fiscal_year, indicator) include (tenant_id, value, numerator, denominator);

-- Sources of a tenant whose indicators are out of date: marked in the same transaction as the
-- change (any audited event), drained by one instance at a time within seconds.
create table indicator_stale (
    tenant_id uuid not null references organisation (id),
    source    text not null,
    marked_at timestamptz not null default clock_timestamp(),
    primary key (tenant_id, source)
);

-- Peer groups: an อบต. is compared with อบต. of its size (large / medium / small, as the
-- Department of Local Administration classes them by income); other kinds are their own peers.
alter table organisation add column size_class text check (size_class in ('LARGE', 'MEDIUM', 'SMALL'));
create index organisation_province on organisation (province_code, kind);

-- What each source's indicators were when last computed for every tenant: a source that is new or
-- whose indicators changed (an upgrade) is marked stale for every tenant at start, so its figures
-- appear within minutes instead of at the nightly rebuild.
create table indicator_source (
    source      text primary key,
    fingerprint text not null,
    marked_at   timestamptz not null
);
