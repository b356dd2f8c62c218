-- Retention (issue 15): an agreement past its retention goes with its versions and signatures,
-- a code's acknowledgements with the code, so that the daily job deletes each kind by one row.
alter table agreement_version drop constraint agreement_version_tenant_id_agreement_id_fkey,
    add constraint agreement_version_tenant_id_agreement_id_fkey foreign key (tenant_id, agreement_id)
        references agreement (tenant_id, id) on delete cascade;
alter table agreement_signature drop constraint agreement_signature_tenant_id_agreement_id_fkey,
    add constraint agreement_signature_tenant_id_agreement_id_fkey foreign key (tenant_id, agreement_id)
        references agreement (tenant_id, id) on delete cascade;

-- Checklists stored before the code of ethics was in the system count it as evidence too (the
-- bundled files say so for new databases): O16 of FY 2568 on, o39 of FY 2566.
update disclosure_checklist_item set auto_source = 'code-of-ethics'
 where auto_source is null and number in ('O16', 'o39');
