-- The gift register (ทะเบียนการรับของขวัญหรือประโยชน์อื่นใด, No Gift; issue 15). One row per gift or
-- benefit a member of staff was offered or received. The rule of the fiscal year (registers/gift-rules.yml)
-- decides, when it is recorded, whether it went beyond the limit; a report to the head of the agency
-- (action REPORTED) carries its due date and waits for the executive's decision.
create table gift (
    id              uuid primary key default gen_random_uuid(),
    tenant_id       uuid not null references organisation (id),
    user_id         uuid not null references app_user (id),
    fiscal_year     integer not null check (fiscal_year between 2500 and 2700),
    received_on     date not null,
    giver_name      text not null check (length(giver_name) between 1 and 300),
    giver_kind      text not null check (giver_kind in ('PERSON', 'ORGANISATION')),
    giver_tax_id    text check (giver_tax_id ~ '^[0-9]{13}$'),
    relative        boolean not null,
    relation        text check (length(relation) <= 200),
    public_at_large boolean not null,
    occasion        text not null check (length(occasion) between 1 and 300),
    category        text not null check (category in ('GOODS', 'CASH_OR_VOUCHER', 'HOSPITALITY', 'TRAVEL',
                                                      'SERVICE_OR_DISCOUNT', 'OTHER')),
    description     text not null check (length(description) between 1 and 1000),
    value           numeric(14, 2) not null check (value >= 0),
    action          text not null check (action in ('DECLINED', 'RETURNED', 'ACCEPTED', 'REPORTED')),
    over_limit      boolean not null,
    report_due      date,
    decision        text check (decision in ('KEEP_FOR_AGENCY', 'RETURN', 'HAND_OVER', 'OTHER')),
    decision_reason text check (length(decision_reason) <= 1000),
    decided_by      uuid references app_user (id),
    decided_at      timestamptz,
    recorded_at     timestamptz not null,
    check (not relative or relation is not null),
    check ((action = 'REPORTED') = (report_due is not null)),
    check ((decision is null) = (decided_at is null) and (decision is null or action = 'REPORTED'))
);
create index gift_tenant_year on gift (tenant_id, fiscal_year);
create index gift_user on gift (user_id);
create index gift_decided_by on gift (decided_by);
create index gift_awaiting on gift (report_due) where action = 'REPORTED' and decision is null;

-- The executive's No Gift declaration of a fiscal year (ประกาศเจตนารมณ์ No Gift Policy, ITA O21):
-- its text, signed by the executive; signed is published, and never changed.
create table gift_policy_declaration (
    id              uuid primary key default gen_random_uuid(),
    tenant_id       uuid not null references organisation (id),
    fiscal_year     integer not null check (fiscal_year between 2500 and 2700),
    text            text not null check (length(text) between 1 and 5000),
    signer_name     text not null check (length(signer_name) between 1 and 200),
    signer_position text not null check (length(signer_position) between 1 and 200),
    signed_by       uuid not null references app_user (id),
    signed_at       timestamptz not null,
    unique (tenant_id, fiscal_year)
);
create index gift_policy_declaration_signed_by on gift_policy_declaration (signed_by);

-- The OIT items the register answers by itself, in checklists loaded before this version.
update disclosure_checklist_item set auto_source = 'no-gift-declaration'
 where auto_source is null and number in ('O21', 'o31')
   and checklist_id in (select id from disclosure_checklist where code = 'ITA' and version in (2566, 2568));
update disclosure_checklist_item set auto_source = 'gift-report'
 where auto_source is null and number in ('O22', 'o33')
   and checklist_id in (select id from disclosure_checklist where code = 'ITA' and version in (2566, 2568));
