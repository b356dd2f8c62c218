-- The basic staff role (issue 15): every member of staff may have an account that declares,
-- acknowledges, signs and answers staff surveys, and nothing else. Their position is kept with
-- the account, as the registers print it on declarations.
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('PLATFORM_ADMIN', 'OVERSIGHT', 'TENANT_ADMIN', 'INTEGRITY_OFFICER', 'UNIT_STAFF',
                    'EXECUTIVE', 'INTERNAL_AUDITOR', 'COUNCIL_MEMBER', 'IDENTITY_CUSTODIAN',
                    'STAFF_MEMBER'));
alter table app_user add column position text check (length(position) <= 200);
