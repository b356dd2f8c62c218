-- One e-mail digest per person per day, across any number of instances: a run claims the row
-- before sending (insert … on conflict do nothing) and deletes it again when sending fails, so
-- that a later run retries. sent_at stays null while the mail is on its way.
create table notification_digest (
    user_id    uuid not null references app_user (id),
    day        date not null,
    tenant_id  uuid not null references organisation (id),
    sent_at    timestamptz,
    item_count integer not null check (item_count > 0),
    primary key (user_id, day)
);
create index notification_digest_tenant on notification_digest (tenant_id);
