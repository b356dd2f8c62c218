-- Rows read or cascaded by their parent had no index leading with the parent's id, so a case page
-- read every deadline of every case (a sequential scan that grows with all tenants' complaints),
-- and deleting a case, an event or a procurement month scanned its children likewise.
create index complaint_deadline_case on complaint_deadline (case_id, due_at);
create index identity_request_case on identity_request (case_id);
create index complaint_attachment_event on complaint_attachment (event_id);
create index procurement_purchase_by_month on procurement_purchase (month_id);
create index progress_evidence_report on progress_evidence (report_id);
create index risk_measure_risk on risk_measure (risk_id);
create index plan_dimension_parent on plan_dimension (parent_id);
create index plan_item_dimension on plan_item (dimension_id);
