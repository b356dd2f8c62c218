-- The law publishes the declarations of a local government's executives, and a tenant may choose to
-- publish them on its portal (issue 15): the choice, who made it and when. Nobody else's
-- declaration is ever published by name.
create table interest_publication (
    tenant_id  uuid primary key references organisation (id),
    executives boolean not null,
    changed_by uuid not null references app_user (id),
    changed_at timestamptz not null
);
create index interest_publication_changed_by on interest_publication (changed_by);
