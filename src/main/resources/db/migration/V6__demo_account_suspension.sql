-- Demo accounts switched off because the demo was switched off, as opposed to accounts an admin
-- deactivated: switching the demo back on restores only the former.
alter table app_user add column demo_suspended boolean not null default false;
