-- Staff surveys answered by single-use invitation (issue 14). An invitation joins an account to a
-- survey through a secret of which only the SHA-256 is kept. It is written when issued and never
-- again: answering adds the account to the survey's sorted answered_by and leaves this table as it
-- was, so neither its rows nor their order say who answered when, let alone which answer is whose.
create table survey_invitation (
    survey_id    uuid not null references survey (id) on delete cascade,
    user_id      uuid not null references app_user (id),
    tenant_id    uuid not null references organisation (id),
    kind         text not null check (kind in ('MAIL', 'PRINTED')),
    secret_hash  bytea not null unique,
    expires_at   timestamptz not null,
    primary key (survey_id, user_id)
);
create index survey_invitation_user on survey_invitation (user_id);
create index survey_invitation_tenant on survey_invitation (tenant_id);
