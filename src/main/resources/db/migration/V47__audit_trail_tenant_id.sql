-- The audit trail is the largest of a tenant's tables and is chained per tenant: its chain key, the
-- tenant's id (the nil UUID for the platform's own chain), is named tenant_id like every other tenant
-- column, and the keys include it (issue 19, TenantSchemaRuleTest). A rename changes no row; the new
-- primary key builds one index. There is no foreign key to organisation: the platform's chain has no
-- organisation.
alter table audit_event rename column chain_key to tenant_id;
alter table audit_event rename constraint audit_event_chain_key_seq_key to audit_event_tenant_id_seq_key;
alter table audit_event drop constraint audit_event_pkey, add constraint audit_event_pkey primary key (id, tenant_id);
alter table audit_chain_head rename column chain_key to tenant_id;
