-- Every row a tenant owns carries its tenant (issue 19, docs/deployment.md "Beyond one database
-- server"): the three tables that knew their tenant only through their parent get the column, filled
-- from the parent. Their keys and foreign keys take it in V46. One UPDATE per table rewrites each
-- row once: 17.6 s for a synthetic nation of 7,848 plans (1.2 million rows, docs/deployment.md).
alter table plan_item_budget add column tenant_id uuid;
update plan_item_budget b set tenant_id = i.tenant_id from plan_item i where i.id = b.item_id;
alter table plan_item_budget alter column tenant_id set not null;

alter table plan_result add column tenant_id uuid;
update plan_result r set tenant_id = i.tenant_id from plan_item i where i.id = r.item_id;
alter table plan_result alter column tenant_id set not null;

alter table progress_kpi_actual add column tenant_id uuid;
update progress_kpi_actual a set tenant_id = r.tenant_id from progress_report r where r.id = a.report_id;
alter table progress_kpi_actual alter column tenant_id set not null;
