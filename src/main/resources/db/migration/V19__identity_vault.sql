-- The identity vault of the corruption channel (see docs/threat-model.md).

-- A tenant's vault: the X25519 public key every reporter's identity is sealed to. Its private key
-- exists only sealed to each custodian's vault passphrase.
create table identity_vault (
    tenant_id  uuid primary key references organisation (id),
    public_key bytea not null,
    created_at timestamptz not null
);

-- One custodian's copy of the vault's private key: AES-256-GCM under a key derived by Argon2id
-- from the custodian's vault passphrase. Wrong passphrases in a row lock the custodian out a while.
create table identity_custodian (
    tenant_id          uuid not null references identity_vault (tenant_id),
    user_id            uuid not null references app_user (id),
    salt               bytea not null,
    sealed_private_key bytea not null,
    failures           integer not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz not null,
    primary key (tenant_id, user_id)
);

-- A corruption reporter's identity, sealed to the tenant's vault (or, until the tenant has one, to
-- the platform's escrow key). notice_email is the e-mail under the content key, kept only when the
-- reporter asked for notices of updates.
create table identity_sealed (
    case_id      uuid primary key,
    tenant_id    uuid not null,
    sealed_to    text not null check (sealed_to in ('VAULT', 'ESCROW')),
    sealed       bytea not null,
    notice_email bytea,
    foreign key (tenant_id, case_id) references complaint_case (tenant_id, id) on delete cascade
);

-- A request to reveal a reporter's identity to one staff member, the custodian's decision and,
-- once approved, the identity under the content key until it expires.
create table identity_request (
    id              uuid primary key,
    tenant_id       uuid not null,
    case_id         uuid not null,
    requester_id    uuid not null references app_user (id),
    reason          text not null,
    requested_at    timestamptz not null,
    status          text not null check (status in ('PENDING', 'APPROVED', 'REFUSED', 'EXPIRED')),
    decided_by      uuid references app_user (id),
    decided_at      timestamptz,
    decision_reason text,
    identity        bytea,
    expires_at      timestamptz,
    foreign key (tenant_id, case_id) references complaint_case (tenant_id, id) on delete cascade
);
create index identity_request_pending on identity_request (tenant_id, status);

-- Corruption-channel files are stored under the content key.
alter table complaint_attachment add column encrypted boolean not null default false;
