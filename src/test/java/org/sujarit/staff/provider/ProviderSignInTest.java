package org.sujarit.staff.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.sujarit.staff.Role;
import org.sujarit.staff.factor.OneTimeCodes;
import org.sujarit.staff.provider.TestProvider.Behaviour;
import org.sujarit.support.SecondFactors;
import org.sujarit.support.ServerTest;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, started
 * here, signing with real EC and RSA keys), driven over HTTP hop by hop: linking from the account
 * page, signing in with ES256 and RS256 ID tokens, a citizen ID kept only as a keyed hash, and
 * every kind of bad sign-in refused with its page and an audit line, the session left without a
 * sign-in.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderSignInTest {

    @LocalServerPort
    int port;
    @Autowired
    Providers providers;
    @Autowired
    TenantFixture tenants;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.sujarit.staff.StaffUsers staffUsers;
    @Autowired
    OneTimeCodes oneTimeCodes;

    TestProvider provider;
    Tenant a;
    String marker;

    @BeforeAll
    void start() {
        provider = TestProvider.start(app());
        a = tenants.create();
        marker = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
    }

    /** The providers made here leave the shared database: other tests' sign-in pages list the platform's. */
    @AfterAll
    void stop() {
        jdbc.sql("delete from sign_in_provider where registration_id like ?").param("%-" + marker).update();
        provider.close();
    }

    private String app() {
        return "http://localhost:" + port;
    }

    /** A provider in Sujarit and its client at the test provider, under one id. */
    private Provider configure(String name, UUID tenant, SignatureAlgorithm signs, String configured, Behaviour behaviour,
                               String claim, boolean citizenId) {
        String id = name + "-" + marker;
        provider.client(id, signs, behaviour);
        return providers.add(new Providers.Draft(tenant, id, "ทดสอบ " + id, "Test " + id, provider.issuer(), id,
                TestProvider.secretOf(id), claim, configured, citizenId, "openid pid"));
    }

    private Provider configure(String name, SignatureAlgorithm algorithm, Behaviour behaviour) {
        return configure(name, null, algorithm, algorithm.getName(), behaviour, "sub", false);
    }

    private String person(String name) {
        String username = name + "-" + marker + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
        provider.user(username, "provider-password-1", Map.of());
        return username;
    }

    /** Links the provider identity {@code person} to the Sujarit account from its own signed-in session. */
    private HttpResponse<String> linkFromAccount(String username, Provider p, String person) throws Exception {
        TwoSites browser = new TwoSites(app());
        browser.signIn(username, TenantFixture.PASSWORD);
        return browser.follow(browser.postForm("/account/sign-in-providers", "/account/sign-in-providers/" + p.registrationId() + "/link",
                Map.of()), person, "provider-password-1");
    }

    private static String reasonOf(HttpResponse<String> page) {
        assertThat(page.uri().getPath()).as(page.body()).isEqualTo("/login/provider-problem");
        String body = page.body();
        int at = body.indexOf("data-reason=\"");
        return at < 0 ? "" : body.substring(at + 13, body.indexOf('"', at + 13));
    }

    private List<String> actions(String recordId) {
        return jdbc.sql("select action from audit_event where record_id = ? order by id").param(recordId).query(String.class).list();
    }

    private void assertNotSignedIn(TwoSites browser) throws Exception {
        HttpResponse<String> console = browser.get("/console");
        assertThat(console.statusCode()).isEqualTo(302);
        assertThat(TwoSites.location(console)).endsWith("/login");
    }

    @Test
    void anEs256IdentityLinkedFromTheAccountPageSignsInAsThatAccountOnly() throws Exception {
        Provider es = configure("es", SignatureAlgorithm.ES256, Behaviour.HONEST);
        String person = person("somchai");
        String officer = a.username(Role.INTEGRITY_OFFICER);

        HttpResponse<String> linked = linkFromAccount(officer, es, person);
        assertThat(linked.uri().getPath()).isEqualTo("/account/sign-in-providers");
        assertThat(linked.body()).contains("data-provider=\"" + es.registrationId() + "\"");
        assertThat(jdbc.sql("select subject_key from staff_identity where user_id = ?").param(a.userId(Role.INTEGRITY_OFFICER))
                .query(String.class).list()).containsExactly(person);

        TwoSites browser = new TwoSites(app());
        HttpResponse<String> home = browser.start("/login/provider/" + es.registrationId(), person, "provider-password-1");
        assertThat(home.uri().getPath()).isEqualTo("/console");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(a.marker());
        assertThat(actions(a.userId(Role.INTEGRITY_OFFICER).toString()))
                .contains("user.identity-linked", "user.signed-in-provider");

        // the same identity at the provider, the callback replayed: the request was used up
        HttpResponse<String> replayed = browser.get(browser.callback);
        assertThat(reasonOf(browser.follow(replayed, null, null))).isEqualTo("replayed");
        assertThat(actions(es.registrationId())).contains("sign-in-provider.refused-replayed");
        // and from another browser that never asked
        TwoSites stranger = new TwoSites(app());
        assertThat(reasonOf(stranger.follow(stranger.get(browser.callback), null, null))).isEqualTo("replayed");
        assertNotSignedIn(stranger);
    }

    @Test
    void signingOutOffersTheProvidersOwnSignOut() throws Exception {
        Provider es = configure("out", SignatureAlgorithm.ES256, Behaviour.HONEST);
        String person = person("somsri");
        linkFromAccount(a.username(Role.TENANT_ADMIN), es, person);
        TwoSites browser = new TwoSites(app());
        HttpResponse<String> home = browser.start("/login/provider/" + es.registrationId(), person, "provider-password-1");
        assertThat(home.uri().getPath()).isEqualTo("/console");

        HttpResponse<String> out = browser.follow(browser.postForm("/console", "/logout", Map.of()), null, null);
        assertThat(out.uri().toString()).endsWith("/login?loggedOut");
        assertThat(out.body()).contains("id=\"provider-sign-out\"")
                .contains(provider.issuer() + "/connect/logout?id_token_hint=");
        assertNotSignedIn(browser);
        // shown once
        assertThat(browser.get("/login").body()).doesNotContain("provider-sign-out");
    }

    @Test
    void anRs256ProviderSignsInAndATokenOfAnotherAlgorithmIsRefused() throws Exception {
        Provider rs = configure("rs", SignatureAlgorithm.RS256, Behaviour.HONEST);
        String person = person("rs");
        linkFromAccount(a.username(Role.UNIT_STAFF), rs, person);
        TwoSites browser = new TwoSites(app());
        assertThat(browser.start("/login/provider/" + rs.registrationId(), person, "provider-password-1").uri().getPath())
                .isEqualTo("/console");

        // configured RS256, but the provider signs ES256
        Provider mismatch = configure("mismatch", null, SignatureAlgorithm.ES256, "RS256", Behaviour.HONEST, "sub", false);
        TwoSites other = new TwoSites(app());
        assertThat(reasonOf(other.start("/login/provider/" + mismatch.registrationId(), person("x"), "provider-password-1")))
                .isEqualTo("token");
        assertNotSignedIn(other);
    }

    @Test
    void badIdTokensAreRefusedWithTheirPageAndAnAuditLine() throws Exception {
        for (Behaviour behaviour : List.of(Behaviour.FORGED, Behaviour.EXPIRED, Behaviour.WRONG_ISSUER,
                Behaviour.WRONG_AUDIENCE, Behaviour.WRONG_NONCE)) {
            Provider bad = configure(behaviour.name().toLowerCase().replace('_', '-'), SignatureAlgorithm.ES256, behaviour);
            String person = person("bad");
            // even an identity linked to an account gets nothing from a bad token
            jdbc.sql("insert into staff_identity (provider_id, subject_key, user_id) values (?, ?, ?)")
                    .params(bad.id(), person, a.userId(Role.STAFF_MEMBER)).update();
            TwoSites browser = new TwoSites(app());
            HttpResponse<String> page = browser.start("/login/provider/" + bad.registrationId(), person, "provider-password-1");
            assertThat(reasonOf(page)).as(behaviour.name()).isEqualTo("token");
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(actions(bad.registrationId())).as(behaviour.name()).contains("sign-in-provider.refused-token");
            assertNotSignedIn(browser);
        }
        assertThat(actions(a.userId(Role.STAFF_MEMBER).toString())).doesNotContain("user.signed-in-provider");
    }

    @Test
    void anUnlinkedIdentityGetsAPageThatSaysWhatToDo() throws Exception {
        Provider es = configure("unlinked", SignatureAlgorithm.ES256, Behaviour.HONEST);
        // the provider names the person like an account and gives their e-mail: neither links anything
        String person = a.username(Role.INTEGRITY_OFFICER);
        provider.user(person, "provider-password-1", Map.of("email", person + "@example.org", "name", "INTEGRITY_OFFICER " + a.marker()));
        TwoSites browser = new TwoSites(app());
        HttpResponse<String> page = browser.start("/login/provider/" + es.registrationId(), person, "provider-password-1");
        assertThat(reasonOf(page)).isEqualTo("unlinked");
        assertThat(page.body()).contains("ยังไม่ได้เชื่อมกับบัญชีเจ้าหน้าที่").contains("ลิงก์เชิญ");
        assertThat(actions(es.registrationId())).contains("sign-in-provider.refused-unlinked");
        assertNotSignedIn(browser);
        HttpResponse<String> english = browser.get("/login/provider-problem?reason=unlinked&provider=" + es.registrationId() + "&lang=en");
        assertThat(english.body()).contains("is not linked to any staff account").contains("never matches accounts by name or e-mail");
    }

    @Test
    void anUnknownOrUnreachableProviderIsSaidPlainly() throws Exception {
        TwoSites browser = new TwoSites(app());
        HttpResponse<String> unknown = browser.start("/login/provider/no-such-" + marker, null, null);
        assertThat(reasonOf(unknown)).isEqualTo("unknown");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(reasonOf(browser.start("/oauth2/authorization/no-such-" + marker, null, null))).isEqualTo("unknown");

        Provider down = providers.add(new Providers.Draft(null, "down-" + marker, "ล่ม", "Down", "http://localhost:1",
                "client", "secret", "sub", "ES256", false, "openid"));
        HttpResponse<String> unavailable = browser.start("/login/provider/" + down.registrationId(), null, null);
        assertThat(reasonOf(unavailable)).isEqualTo("unavailable");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(reasonOf(browser.start("/oauth2/authorization/" + down.registrationId(), null, null))).isEqualTo("unavailable");
        assertThat(actions(down.registrationId())).contains("sign-in-provider.refused-unavailable");
        // a reason nobody sent is shown as a plain failure
        assertThat(reasonOf(browser.get("/login/provider-problem?reason=%3Cscript%3E"))).isEqualTo("failed");
    }

    @Test
    void aCitizenIdIsKeptOnlyAsAKeyedHash() throws Exception {
        Provider thaid = configure("thaid", null, SignatureAlgorithm.ES256, "ES256", Behaviour.HONEST, "pid", true);
        String citizenId = "1" + (100_000_000_000L + ThreadLocalRandom.current().nextLong(899_999_999_999L));
        String person = person("pid");
        provider.user(person + "-c", "provider-password-1", Map.of("pid", citizenId));
        linkFromAccount(a.username(Role.EXECUTIVE), thaid, person + "-c");

        String stored = jdbc.sql("select subject_key from staff_identity where provider_id = ?").param(thaid.id())
                .query(String.class).single();
        assertThat(stored).startsWith("hmac:").doesNotContain(citizenId).hasSize(5 + 64);
        String everything = jdbc.sql("select s::text from staff_identity s where provider_id = ?").param(thaid.id())
                .query(String.class).single();
        assertThat(everything).doesNotContain(citizenId).doesNotContain(person);

        TwoSites browser = new TwoSites(app());
        assertThat(browser.start("/login/provider/" + thaid.registrationId(), person + "-c", "provider-password-1").uri().getPath())
                .isEqualTo("/console");
        // the audit trail holds no subject either
        assertThat(jdbc.sql("select count(*) from audit_event where record_id like ? or actor_label like ?")
                .params("%" + citizenId + "%", "%" + citizenId + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aDeactivatedAccountDoesNotSignIn() throws Exception {
        Tenant t = tenants.create();
        Provider es = configure("inactive", SignatureAlgorithm.ES256, Behaviour.HONEST);
        String person = person("gone");
        linkFromAccount(t.username(Role.STAFF_MEMBER), es, person);
        staffUsers.deactivate(t.id(), t.userId(Role.STAFF_MEMBER), t.userId(Role.TENANT_ADMIN));
        TwoSites browser = new TwoSites(app());
        assertThat(reasonOf(browser.start("/login/provider/" + es.registrationId(), person, "provider-password-1"))).isEqualTo("inactive");
        assertThat(actions(t.userId(Role.STAFF_MEMBER).toString())).contains("user.sign-in-failed");
        assertNotSignedIn(browser);
    }

    @Test
    void unlinkingEndsSignInThroughThatIdentity() throws Exception {
        Provider es = configure("unlink", SignatureAlgorithm.ES256, Behaviour.HONEST);
        String person = person("unlink");
        String username = a.username(Role.INTERNAL_AUDITOR);
        linkFromAccount(username, es, person);
        TwoSites browser = new TwoSites(app());
        browser.signIn(username, TenantFixture.PASSWORD);
        HttpResponse<String> unlinked = browser.follow(browser.postForm("/account/sign-in-providers",
                "/account/sign-in-providers/" + es.registrationId() + "/unlink", Map.of()), null, null);
        assertThat(unlinked.body()).contains(new String("ยกเลิกการเชื่อมแล้ว".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertThat(actions(a.userId(Role.INTERNAL_AUDITOR).toString())).contains("user.identity-unlinked");
        TwoSites again = new TwoSites(app());
        assertThat(reasonOf(again.start("/login/provider/" + es.registrationId(), person, "provider-password-1"))).isEqualTo("unlinked");
    }

    @Test
    void theSecondIdentityOfOnePersonAtOneProviderIsRefused() throws Exception {
        Provider es = configure("twice", SignatureAlgorithm.ES256, Behaviour.HONEST);
        String username = a.username(Role.COUNCIL_MEMBER);
        linkFromAccount(username, es, person("first"));
        assertThat(reasonOf(linkFromAccount(username, es, person("second")))).isEqualTo("alreadyLinked");
    }

    @Test
    void tenantBsProviderCannotSignIntoTenantAsAccount() throws Exception {
        Tenant b = tenants.create();
        Provider ofB = configure("tenant-b", b.id().value(), SignatureAlgorithm.ES256, "ES256", Behaviour.HONEST, "sub", false);
        // offered on the sign-in page from B's own link only
        assertThat(new TwoSites(app()).get("/login").body()).doesNotContain("data-provider=\"" + ofB.registrationId() + "\"");
        assertThat(new TwoSites(app()).get("/login?org=" + a.organisation().slug()).body())
                .doesNotContain("data-provider=\"" + ofB.registrationId() + "\"");
        assertThat(new TwoSites(app()).get("/login?org=" + b.organisation().slug()).body())
                .contains("data-provider=\"" + ofB.registrationId() + "\"");
        TwoSites aAdmin = new TwoSites(app());
        aAdmin.signIn(a.username(Role.TENANT_ADMIN), TenantFixture.PASSWORD);
        assertThat(aAdmin.get("/account/sign-in-providers").body()).doesNotContain(ofB.registrationId());
        assertThat(aAdmin.postForm("/account/sign-in-providers", "/account/sign-in-providers/" + ofB.registrationId() + "/link",
                Map.of()).statusCode()).isEqualTo(404);
        // B's own member links it and signs in with it
        String ofBsMember = person("b-member");
        assertThat(linkFromAccount(b.username(Role.STAFF_MEMBER), ofB, ofBsMember).uri().getPath()).isEqualTo("/account/sign-in-providers");
        assertThat(new TwoSites(app()).start("/login/provider/" + ofB.registrationId(), ofBsMember, "provider-password-1")
                .uri().getPath()).isEqualTo("/console/me");
        // an identity at B's provider tied to A's account (a row made by hand or a bad import) signs nobody in
        String intruder = person("intruder");
        jdbc.sql("insert into staff_identity (provider_id, subject_key, user_id) values (?, ?, ?)")
                .params(ofB.id(), intruder, a.userId(Role.TENANT_ADMIN)).update();
        TwoSites browser = new TwoSites(app());
        assertThat(reasonOf(browser.start("/login/provider/" + ofB.registrationId(), intruder, "provider-password-1")))
                .isEqualTo("wrongTenant");
        assertNotSignedIn(browser);
        assertThat(actions(ofB.registrationId())).contains("sign-in-provider.refused-wrong-tenant");
    }

    @Test
    void onlyAdminsConfigureProvidersAndTheSecretIsSealed() throws Exception {
        String adminName = "platform-" + marker;
        staffUsers.create(new org.sujarit.staff.NewStaffUser(null, adminName, "ผู้ดูแลแพลตฟอร์ม " + marker, null, null,
                java.util.EnumSet.of(Role.PLATFORM_ADMIN), null, TenantFixture.PASSWORD, false, false));
        // a platform admin must pass a second factor (issue 18): one-time codes, typed after the password
        oneTimeCodes.enrolConfirmed(staffUsers.findByUsername(adminName).orElseThrow().id(), SecondFactors.FIXTURE_KEY);
        TwoSites admin = new TwoSites(app());
        admin.signIn(adminName, TenantFixture.PASSWORD);
        HttpResponse<String> passed = admin.postForm("/login/second-factor", "/login/second-factor",
                Map.of("code", SecondFactors.nextCode(jdbc, adminName)));
        assertThat(passed.statusCode()).as(passed.body()).isEqualTo(302);
        String id = "plat-" + marker;
        provider.client(id, SignatureAlgorithm.ES256, Behaviour.HONEST);
        String secret = TestProvider.secretOf(id);
        Map<String, String> form = new java.util.HashMap<>(Map.of("registrationId", id, "nameTh", "ทดสอบแพลตฟอร์ม",
                "nameEn", "Platform test", "issuerUri", provider.issuer(), "clientId", id, "clientSecret", secret,
                "subjectClaim", "sub", "jwsAlgorithm", "ES256", "scopes", "openid"));
        HttpResponse<String> added = admin.postForm("/admin/sign-in-providers", "/admin/sign-in-providers", form);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        HttpResponse<String> list = admin.get("/admin/sign-in-providers");
        assertThat(list.body()).contains("data-provider=\"" + id + "\"").contains("/login/oauth2/code/" + id)
                .doesNotContain(secret);
        Provider saved = providers.byRegistrationId(id).orElseThrow();
        assertThat(saved.tenantId()).isNull();
        byte[] sealed = jdbc.sql("select client_secret_sealed from sign_in_provider where id = ?").param(saved.id())
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(providers.clientSecret(saved)).isEqualTo(secret);
        assertThat(jdbc.sql("select action from audit_event where record_id = ?").param(saved.id().toString())
                .query(String.class).list()).contains("sign-in-provider.added");

        // the same id again, a bad id, an http issuer elsewhere: each said beside its field
        HttpResponse<String> again = admin.postForm("/admin/sign-in-providers", "/admin/sign-in-providers", form);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("รหัสนี้ใช้แล้ว");
        form.put("registrationId", "Bad Id!");
        form.put("issuerUri", "http://idp.example.org");
        HttpResponse<String> bad = admin.postForm("/admin/sign-in-providers", "/admin/sign-in-providers", form);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("registrationId-error").contains("issuerUri-error").doesNotContain("Exception");

        // switched off: no longer offered, and its sign-in is refused as unknown
        admin.postForm("/admin/sign-in-providers", "/admin/sign-in-providers/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(new TwoSites(app()).get("/login").body()).doesNotContain("data-provider=\"" + id + "\"");
        assertThat(reasonOf(new TwoSites(app()).start("/login/provider/" + id, null, null))).isEqualTo("unknown");

        // a tenant role other than the tenant admin does not open the tenant's provider settings
        TwoSites officer = new TwoSites(app());
        officer.signIn(a.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        assertThat(officer.get("/console/settings/sign-in-providers").statusCode()).isEqualTo(403);
        assertThat(officer.get("/admin/sign-in-providers").statusCode()).isEqualTo(403);
    }
}
