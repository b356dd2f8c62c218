-- Issue 18, single sign-on: OpenID Connect providers configured from settings, and the identities
-- at those providers linked to staff accounts. Both are platform tables (TenantSchemaRule): the
-- provider is found by its registration id in the callback URL, and the identity by provider and
-- subject, before any tenant is known; platform providers and platform accounts have no tenant.

create table sign_in_provider (
    id                   uuid primary key,
    -- null: offered by the platform to every account; else only to that tenant's accounts
    tenant_id            uuid references organisation (id),
    -- the {registrationId} of /login/oauth2/code/{registrationId}, registered at the provider
    registration_id      text not null unique check (registration_id ~ '^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$'),
    name_th              text not null check (length(name_th) between 1 and 80),
    name_en              text not null check (length(name_en) between 1 and 80),
    issuer_uri           text not null check (issuer_uri ~ '^https?://' and length(issuer_uri) <= 300),
    client_id            text not null check (length(client_id) between 1 and 200),
    -- AES-256-GCM under the content key (ContentKey), context 'sign-in-provider:<id>'; never shown back
    client_secret_sealed bytea not null,
    subject_claim        text not null default 'sub' check (subject_claim ~ '^[A-Za-z0-9_:.-]{1,64}$'),
    jws_algorithm        text not null check (jws_algorithm in ('RS256', 'ES256')),
    subject_is_citizen_id boolean not null default false,
    scopes               text not null default 'openid' check (length(scopes) <= 300),
    enabled              boolean not null default true,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

create index sign_in_provider_tenant on sign_in_provider (tenant_id);

create table staff_identity (
    provider_id  uuid not null references sign_in_provider (id) on delete cascade,
    -- the subject as the provider sends it, or 'hmac:' and the keyed hash (hex) when it is a citizen ID
    subject_key  text not null check (length(subject_key) between 1 and 300),
    user_id      uuid not null references app_user (id),
    linked_at    timestamptz not null default now(),
    primary key (provider_id, subject_key),
    -- one identity per provider for an account
    unique (provider_id, user_id)
);

create index staff_identity_user on staff_identity (user_id);
