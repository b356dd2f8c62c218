-- The audit trail: who did what kind of change to which record, never the content. Rows are
-- hash-chained per tenant (chain_key = tenant id; the nil UUID for platform-level events):
-- hash = SHA-256 over the row's fields and the previous row's hash. audit_chain_head holds the
-- last link, so that a removed tail is detected as well.
create table audit_event (
    id           bigint generated always as identity primary key,
    chain_key    uuid not null,
    seq          bigint not null,
    occurred_at  timestamptz not null,
    actor_id     uuid,
    actor_label  text not null,
    action       text not null,
    record_type  text not null,
    record_id    text not null,
    prev_hash    bytea not null,
    hash         bytea not null,
    unique (chain_key, seq)
);

create table audit_chain_head (
    chain_key uuid primary key,
    seq       bigint not null,
    hash      bytea not null
);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op;
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
