-- Issue 18, second factors: one-time codes (TOTP, RFC 6238) with their recovery codes, and the
-- roles for which a tenant requires a second factor beyond the ones the platform always requires
-- (identity custodian, platform admin).

-- An account's authenticator key. Beside app_user (accounts without a tenant have one too), read
-- with the account at sign-in. The key is sealed under the content key (AES-256-GCM, the account's
-- id as associated data), never stored in clear; confirmed_at is null until a first code proves the
-- person's app holds it. last_step is the last time step accepted: a code is never accepted twice.
create table totp_key (
    user_id      uuid primary key references app_user (id),
    sealed_key   bytea not null,
    created_at   timestamptz not null default now(),
    confirmed_at timestamptz,
    last_step    bigint
);

-- Ten single-use recovery codes per account, as keyed hashes (HMAC-SHA-256 under the platform's
-- key): the codes are random, 50 bits each, so a slow hash adds nothing; a stolen table without
-- the key file reveals none. used_at is set when a code is spent.
create table totp_recovery_code (
    user_id    uuid not null references app_user (id),
    code_hash  bytea not null,
    created_at timestamptz not null default now(),
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

-- Roles for which this tenant requires a second factor, set by its tenant admin.
create table second_factor_role (
    tenant_id  uuid not null references organisation (id),
    role       text not null check (role in ('TENANT_ADMIN', 'INTEGRITY_OFFICER', 'UNIT_STAFF', 'EXECUTIVE',
                                             'INTERNAL_AUDITOR', 'COUNCIL_MEMBER', 'IDENTITY_CUSTODIAN', 'STAFF_MEMBER')),
    changed_at timestamptz not null default now(),
    primary key (tenant_id, role)
);
