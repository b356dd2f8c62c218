-- Every key of a tenant's table names the tenant (issue 19, docs/deployment.md "Beyond one database
-- server"; TenantSchemaRuleTest holds the line): a primary key or unique constraint that includes
-- tenant_id can be enforced inside one tenant's shard when tables are distributed by tenant_id, and a
-- foreign key that pairs tenant_id with tenant_id keeps parent and child in the same shard — and, on one
-- server today, makes a reference to another tenant's row impossible, whatever the application does.
--
-- tenant_id is appended to each key rather than put first: the new index serves every lookup the old
-- one served (by id alone, by case_id alone …), so no query changes plan. The unique (tenant_id, id)
-- constraints that several tables already had stay: the composite foreign keys use them.
--
-- All in one transaction. Nothing is rewritten: each changed key builds one index (the largest, on
-- complaint_case and complaint_deadline, in seconds per million rows) and each re-created foreign key
-- reads its table once to check it.

-- The foreign keys that name a parent by its id alone; re-created below with the tenant.
alter table plan_item_budget drop constraint plan_item_budget_item_id_fkey;
alter table plan_result drop constraint plan_result_item_id_fkey;
alter table progress_kpi_actual drop constraint progress_kpi_actual_report_id_fkey;
alter table disclosure_publication drop constraint disclosure_publication_replaced_by_fkey;
alter table procurement_purchase drop constraint procurement_purchase_month_id_fkey;
alter table interest_declaration drop constraint interest_declaration_purchase_id_fkey;
alter table interest_committee_member drop constraint interest_committee_member_purchase_id_fkey;
alter table interest_flag drop constraint interest_flag_purchase_id_fkey,
    drop constraint interest_flag_risk_id_fkey;
alter table interest_entry drop constraint interest_entry_declaration_id_fkey;
alter table survey drop constraint survey_unit_id_fkey,
    drop constraint survey_pre_test_id_fkey;
alter table survey_version drop constraint survey_version_survey_id_fkey;
alter table survey_response drop constraint survey_response_survey_id_fkey;
alter table survey_answer drop constraint survey_answer_survey_id_fkey,
    drop constraint survey_answer_response_id_fkey;
alter table survey_invitation drop constraint survey_invitation_survey_id_fkey;
alter table survey_consultation drop constraint survey_consultation_survey_id_fkey;

-- Primary keys.
alter table unit drop constraint unit_pkey,
    add constraint unit_pkey primary key (id, tenant_id);

alter table plan drop constraint plan_pkey,
    add constraint plan_pkey primary key (id, tenant_id);
alter table plan_revision drop constraint plan_revision_pkey,
    add constraint plan_revision_pkey primary key (id, tenant_id);
alter table plan_dimension drop constraint plan_dimension_pkey,
    add constraint plan_dimension_pkey primary key (id, tenant_id);
alter table plan_item drop constraint plan_item_pkey,
    add constraint plan_item_pkey primary key (id, tenant_id);
alter table plan_item_budget drop constraint plan_item_budget_pkey,
    add constraint plan_item_budget_pkey primary key (item_id, fiscal_year, tenant_id);
alter table plan_result drop constraint plan_result_pkey,
    add constraint plan_result_pkey primary key (id, tenant_id);
alter table progress_report drop constraint progress_report_pkey,
    add constraint progress_report_pkey primary key (id, tenant_id);
alter table progress_kpi_actual drop constraint progress_kpi_actual_pkey,
    add constraint progress_kpi_actual_pkey primary key (report_id, result_key, tenant_id);
alter table progress_evidence drop constraint progress_evidence_pkey,
    add constraint progress_evidence_pkey primary key (id, tenant_id);
alter table progress_kpi_override drop constraint progress_kpi_override_pkey,
    add constraint progress_kpi_override_pkey primary key (id, tenant_id);
alter table progress_round drop constraint progress_round_pkey,
    add constraint progress_round_pkey primary key (plan_id, fiscal_year, round, tenant_id);

alter table risk_assessment drop constraint risk_assessment_pkey,
    add constraint risk_assessment_pkey primary key (id, tenant_id);
alter table risk drop constraint risk_pkey,
    add constraint risk_pkey primary key (id, tenant_id);
alter table risk_measure drop constraint risk_measure_pkey,
    add constraint risk_measure_pkey primary key (id, tenant_id);
alter table risk_monitoring drop constraint risk_monitoring_pkey,
    add constraint risk_monitoring_pkey primary key (id, tenant_id);

alter table complaint_milestone drop constraint complaint_milestone_pkey,
    add constraint complaint_milestone_pkey primary key (id, tenant_id);
alter table complaint_category drop constraint complaint_category_pkey,
    add constraint complaint_category_pkey primary key (id, tenant_id);
alter table complaint_case drop constraint complaint_case_pkey,
    add constraint complaint_case_pkey primary key (id, tenant_id);
alter table complaint_contact drop constraint complaint_contact_pkey,
    add constraint complaint_contact_pkey primary key (case_id, tenant_id);
alter table complaint_deadline drop constraint complaint_deadline_pkey,
    add constraint complaint_deadline_pkey primary key (id, tenant_id);
alter table complaint_event drop constraint complaint_event_pkey,
    add constraint complaint_event_pkey primary key (id, tenant_id);
alter table complaint_attachment drop constraint complaint_attachment_pkey,
    add constraint complaint_attachment_pkey primary key (id, tenant_id);
alter table complaint_notice drop constraint complaint_notice_pkey,
    add constraint complaint_notice_pkey primary key (case_id, day, tenant_id);
alter table identity_sealed drop constraint identity_sealed_pkey,
    add constraint identity_sealed_pkey primary key (case_id, tenant_id);
alter table identity_request drop constraint identity_request_pkey,
    add constraint identity_request_pkey primary key (id, tenant_id);

alter table notification_digest drop constraint notification_digest_pkey,
    add constraint notification_digest_pkey primary key (user_id, day, tenant_id);

alter table disclosure_publication drop constraint disclosure_publication_pkey,
    add constraint disclosure_publication_pkey primary key (id, tenant_id);
alter table procurement_month drop constraint procurement_month_pkey,
    add constraint procurement_month_pkey primary key (id, tenant_id);
alter table procurement_purchase drop constraint procurement_purchase_pkey,
    add constraint procurement_purchase_pkey primary key (id, tenant_id);

alter table gift drop constraint gift_pkey,
    add constraint gift_pkey primary key (id, tenant_id);
alter table gift_policy_declaration drop constraint gift_policy_declaration_pkey,
    add constraint gift_policy_declaration_pkey primary key (id, tenant_id);
alter table interest_declaration drop constraint interest_declaration_pkey,
    add constraint interest_declaration_pkey primary key (id, tenant_id);
alter table interest_entry drop constraint interest_entry_pkey,
    add constraint interest_entry_pkey primary key (id, tenant_id);
alter table interest_committee_member drop constraint interest_committee_member_pkey,
    add constraint interest_committee_member_pkey primary key (purchase_id, user_id, tenant_id);
alter table interest_flag drop constraint interest_flag_pkey,
    add constraint interest_flag_pkey primary key (id, tenant_id);
alter table agreement drop constraint agreement_pkey,
    add constraint agreement_pkey primary key (id, tenant_id);
alter table agreement_version drop constraint agreement_version_pkey,
    add constraint agreement_version_pkey primary key (agreement_id, version, tenant_id);
alter table agreement_signature drop constraint agreement_signature_pkey,
    add constraint agreement_signature_pkey primary key (id, tenant_id);
alter table ethics_code drop constraint ethics_code_pkey,
    add constraint ethics_code_pkey primary key (id, tenant_id);
alter table ethics_acknowledgement drop constraint ethics_acknowledgement_pkey,
    add constraint ethics_acknowledgement_pkey primary key (code_id, user_id, tenant_id);

alter table survey drop constraint survey_pkey,
    add constraint survey_pkey primary key (id, tenant_id);
alter table survey_version drop constraint survey_version_pkey,
    add constraint survey_version_pkey primary key (survey_id, version, tenant_id);
alter table survey_response drop constraint survey_response_pkey,
    add constraint survey_response_pkey primary key (id, tenant_id);
alter table survey_invitation drop constraint survey_invitation_pkey,
    add constraint survey_invitation_pkey primary key (survey_id, user_id, tenant_id);
alter table survey_consultation drop constraint survey_consultation_pkey,
    add constraint survey_consultation_pkey primary key (survey_id, tenant_id);

-- Unique constraints and indexes. Each was unique within a parent of one tenant already, so adding the
-- tenant changes no answer.
alter table plan_revision drop constraint plan_revision_plan_id_number_key,
    add constraint plan_revision_plan_id_number_tenant_id_key unique (plan_id, number, tenant_id);
drop index plan_revision_one_open;
create unique index plan_revision_one_open on plan_revision (plan_id, tenant_id) where status in ('DRAFT', 'APPROVED');
drop index plan_revision_one_published;
create unique index plan_revision_one_published on plan_revision (plan_id, tenant_id) where status = 'PUBLISHED';
alter table plan_dimension drop constraint plan_dimension_revision_id_number_key,
    add constraint plan_dimension_revision_id_number_tenant_id_key unique (revision_id, number, tenant_id);
alter table plan_item drop constraint plan_item_revision_id_item_key_key,
    add constraint plan_item_revision_id_item_key_tenant_id_key unique (revision_id, item_key, tenant_id);
alter table plan_result drop constraint plan_result_item_id_result_key_key,
    add constraint plan_result_item_id_result_key_tenant_id_key unique (item_id, result_key, tenant_id);
alter table progress_report drop constraint progress_report_plan_id_item_key_fiscal_year_round_key,
    add constraint progress_report_item_round_key
        unique (plan_id, item_key, fiscal_year, round, tenant_id);
alter table risk_monitoring drop constraint risk_monitoring_measure_id_round_key,
    add constraint risk_monitoring_measure_id_round_tenant_id_key unique (measure_id, round, tenant_id);
alter table control_self_assessment_summary drop constraint control_self_assessment_summary_id_key,
    add constraint control_self_assessment_summary_id_tenant_id_key unique (id, tenant_id);
alter table interest_entry drop constraint interest_entry_declaration_id_position_key,
    add constraint interest_entry_declaration_id_position_tenant_id_key unique (declaration_id, position, tenant_id);
alter table agreement_signature drop constraint agreement_signature_agreement_id_stage_side_content_hash_key,
    add constraint agreement_signature_content_key
        unique (agreement_id, stage, side, content_hash, tenant_id);
-- A survey invitation's secret is looked up without a tenant (the link and the printed code carry none),
-- so the index still leads with the hash. Unique per tenant is enough: the secret has 60 bits or more of
-- entropy, and a secret that two tenants' invitations happened to share would find two rows and open
-- neither (SurveyInvitationRepository.live).
alter table survey_invitation drop constraint survey_invitation_secret_hash_key,
    add constraint survey_invitation_secret_hash_tenant_id_key unique (secret_hash, tenant_id);

-- Foreign keys between a tenant's tables pair tenant_id with tenant_id.
alter table plan_item_budget add constraint plan_item_budget_tenant_id_item_id_fkey
    foreign key (tenant_id, item_id) references plan_item (tenant_id, id) on delete cascade;
alter table plan_result add constraint plan_result_tenant_id_item_id_fkey
    foreign key (tenant_id, item_id) references plan_item (tenant_id, id) on delete cascade;
alter table progress_kpi_actual add constraint progress_kpi_actual_tenant_id_report_id_fkey
    foreign key (tenant_id, report_id) references progress_report (tenant_id, id) on delete cascade;
alter table disclosure_publication add constraint disclosure_publication_tenant_id_replaced_by_fkey
    foreign key (tenant_id, replaced_by) references disclosure_publication (tenant_id, id);
alter table procurement_purchase add constraint procurement_purchase_tenant_id_month_id_fkey
    foreign key (tenant_id, month_id) references procurement_month (tenant_id, id) on delete cascade;
alter table interest_declaration add constraint interest_declaration_tenant_id_purchase_id_fkey
    foreign key (tenant_id, purchase_id) references procurement_purchase (tenant_id, id) on delete cascade;
alter table interest_committee_member add constraint interest_committee_member_tenant_id_purchase_id_fkey
    foreign key (tenant_id, purchase_id) references procurement_purchase (tenant_id, id) on delete cascade;
alter table interest_flag add constraint interest_flag_tenant_id_purchase_id_fkey
        foreign key (tenant_id, purchase_id) references procurement_purchase (tenant_id, id) on delete cascade,
    add constraint interest_flag_tenant_id_risk_id_fkey
        foreign key (tenant_id, risk_id) references risk (tenant_id, id) on delete set null (risk_id);
alter table interest_entry add constraint interest_entry_tenant_id_declaration_id_fkey
    foreign key (tenant_id, declaration_id) references interest_declaration (tenant_id, id) on delete cascade;
alter table survey add constraint survey_tenant_id_unit_id_fkey
        foreign key (tenant_id, unit_id) references unit (tenant_id, id),
    add constraint survey_tenant_id_pre_test_id_fkey
        foreign key (tenant_id, pre_test_id) references survey (tenant_id, id);
alter table survey_version add constraint survey_version_tenant_id_survey_id_fkey
    foreign key (tenant_id, survey_id) references survey (tenant_id, id) on delete cascade;
alter table survey_response add constraint survey_response_tenant_id_survey_id_fkey
    foreign key (tenant_id, survey_id) references survey (tenant_id, id) on delete cascade;
alter table survey_answer add constraint survey_answer_tenant_id_survey_id_fkey
        foreign key (tenant_id, survey_id) references survey (tenant_id, id) on delete cascade,
    add constraint survey_answer_tenant_id_response_id_fkey
        foreign key (tenant_id, response_id) references survey_response (tenant_id, id) on delete cascade;
alter table survey_invitation add constraint survey_invitation_tenant_id_survey_id_fkey
    foreign key (tenant_id, survey_id) references survey (tenant_id, id) on delete cascade;
alter table survey_consultation add constraint survey_consultation_tenant_id_survey_id_fkey
    foreign key (tenant_id, survey_id) references survey (tenant_id, id) on delete cascade;
