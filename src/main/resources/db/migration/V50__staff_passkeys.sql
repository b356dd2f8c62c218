-- Passkeys (WebAuthn, issue 18): a member of staff's own passkeys, read by Spring Security's
-- WebAuthn support through org.sujarit.staff.passkey. Beside the account like account_invitation:
-- a passkey sign-in finds the passkey by its credential id before any tenant is known, and
-- platform and oversight accounts have passkeys too; the account's tenant_id says whose it is.

-- The WebAuthn user handle of an account: random bytes, never the account's id or name, given to
-- the authenticator when the first passkey is made and returned by it at every sign-in.
create table passkey_user (
    user_id     uuid primary key references app_user (id),
    user_handle bytea not null unique check (length(user_handle) between 16 and 64),
    created_at  timestamptz not null default now()
);

-- One passkey: the public key and what the authenticator said about it, the name the person gave
-- it, and when it was made and last used. Only the public key is kept; nothing here signs in.
create table passkey (
    id                           uuid primary key default gen_random_uuid(),
    credential_id                bytea not null unique check (length(credential_id) between 16 and 1023),
    user_id                      uuid not null references passkey_user (user_id) on delete cascade,
    label                        text not null check (length(label) between 1 and 64),
    credential_type              text not null,
    public_key_cose              bytea not null,
    signature_count              bigint not null check (signature_count >= 0),
    uv_initialized               boolean not null,
    backup_eligible              boolean not null,
    backup_state                 boolean not null,
    transports                   text not null default '',
    attestation_object           bytea not null,
    attestation_client_data_json bytea not null,
    created_at                   timestamptz not null default now(),
    last_used_at                 timestamptz
);
create index passkey_user_id on passkey (user_id);
