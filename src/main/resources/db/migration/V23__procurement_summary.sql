-- The monthly procurement summary (สขร.๑, ITA FY2566 o21, FY2568 O12): one entry per tenant and
-- fiscal month, published by the 15th of the next month, with one row per purchase.
--
-- A month is a draft while it has rows and no published_at; "no procurement this month" is itself
-- a published statement (no_procurement with published_at), refused while the month has rows.
create table procurement_month (
    id             uuid primary key default gen_random_uuid(),
    tenant_id      uuid not null references organisation (id),
    fiscal_year    integer not null check (fiscal_year between 2500 and 2700),
    fiscal_month   integer not null check (fiscal_month between 1 and 12),
    no_procurement boolean not null default false,
    published_at   timestamptz,
    published_by   uuid references app_user (id),
    updated_at     timestamptz not null default now(),
    updated_by     uuid references app_user (id),
    unique (tenant_id, fiscal_year, fiscal_month),
    check (not no_procurement or published_at is not null)
);

-- One purchase of the month in the สขร.๑ columns, plus the FY2568 list's e-GP project number,
-- budget source and status. Bidders are a list of {name, price}.
create table procurement_purchase (
    id                 uuid primary key default gen_random_uuid(),
    tenant_id          uuid not null references organisation (id),
    month_id           uuid not null references procurement_month (id) on delete cascade,
    position           integer not null,
    work               text not null,
    budget             numeric(14, 2) not null check (budget >= 0),
    reference_price    numeric(14, 2) check (reference_price >= 0),
    method             text not null check (method in ('SPECIFIC', 'E_BIDDING', 'E_MARKET', 'SELECTION')),
    bidders            jsonb not null default '[]',
    winner             text not null,
    agreed_price       numeric(14, 2) not null check (agreed_price >= 0),
    reason             text not null,
    contract_number    text,
    contract_date      date,
    egp_project_number text,
    budget_source      text,
    status             text check (status in ('IN_PROGRESS', 'CONTRACT_SIGNED', 'COMPLETED', 'CANCELLED')),
    updated_at         timestamptz not null default now(),
    updated_by         uuid references app_user (id)
);

create index procurement_purchase_month on procurement_purchase (tenant_id, month_id, position);
