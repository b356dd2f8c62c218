package org.sujarit.infrastructure;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.support.WebTest;

/**
 * The schema can be distributed by tenant_id (issue 19; docs/deployment.md, "Beyond one database
 * server"): after every migration, each table is a tenant's and keeps {@link TenantSchemaRule}, or is
 * one of the tables listed here with the reason it belongs to no single tenant. A new table, key or
 * foreign key that breaks the line fails this test, which names it. The second test shows on a
 * throw-away schema that each part of the rule reports what breaks it, and nothing else.
 */
@WebTest
class TenantSchemaRuleTest {

    /** Copied to every node when distributed: small, read by every tenant, rarely written. */
    static final Map<String, String> REFERENCE = Map.ofEntries(
            entry("province", "Thailand's 77 provinces with their NACC regions, read by every tenant and every overseer"),
            entry("organisation", "the tenants themselves: a portal finds its tenant here by slug before any tenant is known"),
            entry("risk_matrix", "the versioned risk matrices every tenant's assessment is made on"),
            entry("disclosure_checklist", "the ITA's OIT checklists, one per assessment year, that every tenant publishes against"),
            entry("disclosure_checklist_item", "the items of those checklists"),
            entry("survey_template", "the survey templates the platform admin loads for every tenant"),
            entry("app_user", "every account: sign-in finds it by user name before any tenant is known, and platform and"
                    + " oversight accounts have no tenant; its tenant_id says whose staff an account is"),
            entry("user_role", "an account's roles, read with the account at sign-in"),
            entry("totp_key", "an account's one-time-code key, beside the account and read with it at sign-in; platform"
                    + " and oversight accounts, which have no tenant, have one too"),
            entry("totp_recovery_code", "an account's recovery codes, beside its one-time-code key"),
            entry("account_invitation", "an account's first-password invitation, beside the account: /activate finds it by"
                    + " its secret alone, before any tenant is known"),
            entry("passkey_user", "an account's WebAuthn user handle, beside the account: a passkey sign-in finds the"
                    + " account by it before any tenant is known"),
            entry("passkey", "an account's passkeys, beside the account: a passkey sign-in finds one by its credential id"
                    + " before any tenant is known, and platform and oversight accounts have passkeys too"),
            entry("sign_in_provider", "single sign-on providers: the callback finds one by its registration id before"
                    + " any tenant is known, and the platform's own belong to no tenant"),
            entry("staff_identity", "an account's identities at those providers, beside the account: sign-in finds one by"
                    + " provider and subject before any tenant is known"));

    /** Of no tenant, keyed by something else; when distributed, kept on the coordinator or spread by their own key. */
    static final Map<String, String> PLATFORM = Map.ofEntries(
            entry("flyway_schema_history", "Flyway's record of the migrations"),
            entry("spring_session", "signed-in sessions (Spring Session), read on every request before its tenant is known"),
            entry("spring_session_attributes", "the sessions' attributes"),
            entry("rate_limit", "limits on anonymous actions per address (a keyed hash) across every portal"),
            entry("guess_throttle", "wrong guesses per guessed subject (a keyed hash): user names, case numbers, vault passphrases"),
            entry("complaint_challenge_spent", "spent proof-of-work challenges, by the challenge"),
            entry("indicator_source", "which version of each oversight indicator source was last computed, for all tenants"),
            entry("shedlock", "which instance runs each scheduled job now (ShedLock), by the job's name"));

    /** Foreign keys from a listed table to a tenant's table, kept on one server; distribution would need them changed. */
    static final Map<String, String> REFERENCE_FOREIGN_KEYS = Map.of(
            "app_user_tenant_id_unit_id_fkey", "a staff account's unit is one of its tenant's units; with accounts copied"
                    + " to every node and units spread by tenant, the application would check it instead (units are read"
                    + " by tenant), or the unit would move to a tenant's table of memberships");

    static final TenantSchemaRule RULE = new TenantSchemaRule(REFERENCE, PLATFORM, REFERENCE_FOREIGN_KEYS);

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableAfterAllMigrationsIsATenantsAndKeepsTheLineOrIsListed() {
        String schema = jdbc.sql("select current_schema()").query(String.class).single();

        assertThat(RULE.violations(jdbc, schema)).isEmpty();
    }

    /** The rule on a throw-away schema, rolled back with the test's transaction. */
    @Test
    @Transactional
    void eachPartOfTheRuleReportsTheTableAndConstraintThatBreakIt() {
        String s = "tenant_rule_scratch";
        for (String statement : """
                create schema tenant_rule_scratch
                create table S.region (code text primary key)
                create table S.session (id text primary key)
                create table S.session_attribute (session_id text references S.session, name text, primary key (session_id, name))
                create table S.account (id uuid primary key, tenant_id uuid, unit_id uuid, home_unit_id uuid, username text unique)
                create table S.unit (id uuid, tenant_id uuid not null, region_code text references S.region, primary key (id, tenant_id), unique (tenant_id, id))
                create table S.case_file (id uuid, tenant_id uuid not null, unit_id uuid, number text, filed_by uuid references S.account, primary key (id, tenant_id), unique (tenant_id, id), unique (tenant_id, number), foreign key (tenant_id, unit_id) references S.unit (tenant_id, id))
                create unique index case_file_open on S.case_file (number, tenant_id) where number is not null
                alter table S.account add constraint account_unit_fkey foreign key (tenant_id, unit_id) references S.unit (tenant_id, id)
                create table S.note (id uuid primary key, body text)
                create table S.draft (id uuid, tenant_id uuid, unique (tenant_id, id))
                create table S.letter (id uuid primary key, tenant_id uuid not null)
                create table S.ticket (id uuid, tenant_id uuid not null, number text, primary key (id, tenant_id), constraint ticket_number_key unique (number))
                create unique index ticket_open on S.ticket (number) where id is not null
                create unique index ticket_by_id on S.ticket (id) include (tenant_id)
                create table S.booking (tenant_id uuid not null, during daterange, constraint booking_overlap exclude using gist (during with &&))
                create table S.stamp (id uuid, tenant_id uuid not null, letter_id uuid, primary key (id, tenant_id), constraint stamp_letter_fkey foreign key (letter_id) references S.letter (id))
                create table S.attachment (id uuid, tenant_id uuid not null, case_id uuid, primary key (id, tenant_id), constraint attachment_case_fkey foreign key (case_id, tenant_id) references S.case_file (tenant_id, id))
                alter table S.account add constraint account_home_unit_fkey foreign key (tenant_id, home_unit_id) references S.unit (tenant_id, id)
                create table S.visit (id uuid, tenant_id uuid not null, session_id text, primary key (id, tenant_id), constraint visit_session_fkey foreign key (session_id) references S.session)
                """.replace("S.", s + ".").split("\n")) {
            jdbc.sql(statement).update();
        }
        TenantSchemaRule rule = new TenantSchemaRule(
                Map.of("region", "reference data", "account", "accounts", "gone", "a table dropped since"),
                Map.of("session", "sessions", "session_attribute", "their attributes"),
                Map.of("account_unit_fkey", "kept on one server", "gone_fkey", "a key dropped since"));

        assertThat(rule.violations(jdbc, s)).satisfiesExactlyInAnyOrder(
                line("account: foreign key account_home_unit_fkey from a listed table to the tenant's table unit: "),
                line("attachment: foreign key attachment_case_fkey to case_file does not pair tenant_id with tenant_id: "),
                line("booking: exclusion constraint booking_overlap does not include tenant_id: "),
                line("draft: tenant_id may be null"),
                line("gone: listed as a reference table but there is no such table"),
                line("gone_fkey: listed as a kept foreign key but there is no such foreign key"),
                line("letter: primary key letter_pkey does not include tenant_id: PRIMARY KEY (id)"),
                line("note: has no tenant_id column and is listed neither as a reference nor as a platform table"),
                line("stamp: foreign key stamp_letter_fkey to letter does not pair tenant_id with tenant_id: "),
                line("ticket: unique constraint ticket_number_key does not include tenant_id: UNIQUE (number)"),
                line("ticket: unique index ticket_by_id does not include tenant_id: "),
                line("ticket: unique index ticket_open does not include tenant_id: "),
                line("visit: foreign key visit_session_fkey to the platform table session: "));
    }

    private static Consumer<String> line(String start) {
        return violation -> assertThat(violation).startsWith(start);
    }
}
