-- Conflict-of-interest declarations (issue 15): a yearly declaration by each member of staff and a
-- declaration for one matter (a procurement committee's purchase), each a signed version; a new
-- version of the same year or matter supersedes the one before, which is kept.
create table interest_declaration (
    id             uuid primary key default gen_random_uuid(),
    tenant_id      uuid not null references organisation (id),
    user_id        uuid not null references app_user (id),
    fiscal_year    integer not null check (fiscal_year between 2500 and 2700),
    -- null for the yearly declaration; the purchase for a committee member's declaration
    purchase_id    uuid references procurement_purchase (id) on delete cascade,
    version        integer not null check (version >= 1),
    none_declared  boolean not null,
    -- a committee member's relation to the bidders, in their words; null when there is none
    relation       text check (length(relation) <= 2000),
    signed_at      timestamptz not null,
    signed_by      uuid not null references app_user (id),
    superseded_at  timestamptz,
    check (purchase_id is not null or relation is null),
    check (not none_declared or relation is null)
);

create unique index interest_declaration_current on interest_declaration
    (tenant_id, user_id, fiscal_year, coalesce(purchase_id, '00000000-0000-0000-0000-000000000000'))
    where superseded_at is null;
create index interest_declaration_user on interest_declaration (tenant_id, user_id, fiscal_year);
create index interest_declaration_purchase on interest_declaration (purchase_id);
create index interest_declaration_signer on interest_declaration (signed_by);
create index interest_declaration_account on interest_declaration (user_id);

-- One interest of a yearly declaration: a business the person or a close relative owns, holds
-- shares in or works for, a side job, or a position in another body.
create table interest_entry (
    id              uuid primary key default gen_random_uuid(),
    tenant_id       uuid not null references organisation (id),
    declaration_id  uuid not null references interest_declaration (id) on delete cascade,
    position        integer not null,
    kind            text not null check (kind in ('BUSINESS', 'SIDE_JOB', 'POSITION')),
    holder          text not null check (holder in ('SELF', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING')),
    relative_name   text check (length(relative_name) <= 200),
    involvement     text check (involvement in ('OWNER', 'SHAREHOLDER', 'EMPLOYEE', 'DIRECTOR', 'OTHER')),
    organisation    text not null check (length(organisation) <= 300),
    tax_id          text check (tax_id ~ '^[0-9]{13}$'),
    -- the organisation's name without its legal form, spaces and punctuation, as the flags match it
    normalised_name text not null,
    detail          text check (length(detail) <= 500),
    unique (declaration_id, position)
);

create index interest_entry_declaration on interest_entry (tenant_id, declaration_id);

-- Who sat on the committee of a purchase of the procurement summary, named by the integrity
-- officer or the procurement editors.
create table interest_committee_member (
    tenant_id   uuid not null references organisation (id),
    purchase_id uuid not null references procurement_purchase (id) on delete cascade,
    -- where the purchase stands in the summary (fiscal year, month of the fiscal year)
    fiscal_year  integer not null check (fiscal_year between 2500 and 2700),
    fiscal_month integer not null check (fiscal_month between 1 and 12),
    user_id     uuid not null references app_user (id),
    named_by    uuid not null references app_user (id),
    named_at    timestamptz not null,
    primary key (purchase_id, user_id)
);

create index interest_committee_member_user on interest_committee_member (tenant_id, user_id);
create index interest_committee_member_account on interest_committee_member (user_id);
create index interest_committee_member_namer on interest_committee_member (named_by);

-- A counterparty of a committee member (a declared interest; later a gift giver) that matches a
-- bidder or the supplier of the purchase: open, recorded on the risk register, or dismissed.
create table interest_flag (
    id               uuid primary key default gen_random_uuid(),
    tenant_id        uuid not null references organisation (id),
    user_id          uuid not null references app_user (id),
    purchase_id      uuid not null references procurement_purchase (id) on delete cascade,
    fiscal_year      integer not null check (fiscal_year between 2500 and 2700),
    fiscal_month     integer not null check (fiscal_month between 1 and 12),
    -- the purchase's work as the summary wrote it when the match was found
    work             text not null,
    source           text not null check (length(source) <= 40),
    reference_id     uuid not null,
    -- the counterparty as matched (its tax ID, or its normalised name): a match is flagged once,
    -- however often the person declares it again
    counterparty_key text not null,
    counterparty     text not null,
    -- the tie in a few Thai words (e.g. คู่สมรส เป็นผู้ถือหุ้น), as the source described it
    tie              text not null,
    party            text not null,
    matched_by       text not null check (matched_by in ('TAX_ID', 'NAME')),
    found_at         timestamptz not null,
    state            text not null default 'OPEN' check (state in ('OPEN', 'RECORDED', 'DISMISSED')),
    risk_id          uuid references risk (id) on delete set null,
    dismissed_reason text check (length(dismissed_reason) <= 2000),
    decided_by       uuid references app_user (id),
    decided_at       timestamptz,
    unique (tenant_id, user_id, purchase_id, source, counterparty_key, party),
    check (state <> 'DISMISSED' or dismissed_reason is not null)
);

create index interest_flag_state on interest_flag (tenant_id, state);
create index interest_flag_purchase on interest_flag (purchase_id);
create index interest_flag_account on interest_flag (user_id);
create index interest_flag_risk on interest_flag (risk_id);
create index interest_flag_decider on interest_flag (decided_by);
