-- The start-up check of the content key (ContentKeyCheck) reads one sealed corruption report. Without
-- an index it read the whole complaint table when no report was sealed (a database of general
-- complaints only): minutes at national scale. This partial index holds only sealed reports; the
-- check's predicate repeats this one literally, so the planner can use it.
create index complaint_case_sealed on complaint_case (tenant_id) where subject like 'sealed:v1:%';
