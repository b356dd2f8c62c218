package org.sujarit.staff.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.provider.TestProvider.Behaviour;
import org.sujarit.staff.roster.Invitations;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The issue's journey in Chromium, against a real OpenID Connect provider (Spring Authorization
 * Server, ES256 ID tokens under a real P-256 key): a member of staff invited by mail links their
 * identity at the provider instead of setting a password — filling in the provider's own sign-in
 * form — and is signed in; signs out and is offered the provider's sign-out, takes it, and signs in
 * again through the provider (whose form asks again: its session did end). A person the provider
 * knows but Sujarit does not gets the page that says what to do. The new pages pass axe-core at
 * phone and desktop width.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderJourneyTest extends BrowserJourney {

    private static final String PROVIDER_PASSWORD = "provider-password-1";

    @Autowired
    Providers providers;
    @Autowired
    TenantFixture tenants;
    @Autowired
    StaffUsers users;
    @Autowired
    Invitations invitations;
    @Autowired
    JdbcClient jdbc;

    TestProvider provider;
    String marker;

    @BeforeAll
    void start() {
        provider = TestProvider.start(url(""));
        marker = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
    }

    /** The providers made here leave the shared database: other tests' sign-in pages list the platform's. */
    @AfterAll
    void stop() {
        jdbc.sql("delete from sign_in_provider where registration_id like ?").param("%-" + marker).update();
        provider.close();
    }

    private Provider platformProvider(String name) {
        String id = name + "-" + marker;
        provider.client(id, SignatureAlgorithm.ES256, Behaviour.HONEST);
        return providers.add(new Providers.Draft(null, id, "ไทยดีทดสอบ " + marker, "Test ID " + marker, provider.issuer(), id,
                TestProvider.secretOf(id), "sub", "ES256", false, "openid"));
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** At the provider's own sign-in page (another origin): fills it in and waits to be back in Sujarit. */
    private void signInAtProvider(String username) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(provider.issuer() + "/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(PROVIDER_PASSWORD);
        submit(browser.findElement(By.cssSelector("button[type=submit]")));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().startsWith(url("/")));
    }

    private void assertAccessible(String what) {
        for (Dimension size : new Dimension[] {new Dimension(390, 844), new Dimension(1280, 900)}) {
            browser.manage().window().setSize(size);
            assertThat(Axe.violations(browser)).as(what + " at " + size.width + " px").isEmpty();
            assertThat(sidewaysOverflow()).as(what + " at " + size.width + " px").isEmpty();
        }
    }

    @Test
    void anInvitedMemberLinksTheirIdentityInsteadOfAPasswordAndSignsInThroughTheProvider() {
        Provider thaid = platformProvider("journey");
        Tenant tenant = tenants.create();
        StaffUser newcomer = users.create(new NewStaffUser(tenant.id(), tenant.marker() + ".newcomer", "สมหญิง " + tenant.marker(),
                tenant.marker() + "@example.org", null, EnumSet.of(Role.STAFF_MEMBER), null, TenantFixture.PASSWORD, false, false));
        // imported staff wait for their invitation without a password
        jdbc.sql("update app_user set password_hash = null where id = ?").param(newcomer.id()).update();
        Invitations.Issued invitation = invitations.issue(tenant.id(), newcomer.id(), Invitations.Kind.MAIL);
        String person = "somying-" + marker;
        provider.user(person, PROVIDER_PASSWORD, Map.of("email", "someone@example.org"));

        startBrowser(1280, 900);
        open("/activate?token=" + invitation.secret());
        waitFor(By.id("activation-providers"));
        assertAccessible("the activation page with providers");
        submit(element(By.cssSelector("button[data-provider='" + thaid.registrationId() + "']")));
        signInAtProvider(person);
        waitFor(By.cssSelector("form[action='/logout']"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/me"));

        UUID linkedTo = jdbc.sql("select user_id from staff_identity where provider_id = ? and subject_key = ?")
                .params(thaid.id(), person).query(UUID.class).single();
        assertThat(linkedTo).isEqualTo(newcomer.id());
        assertThat(jdbc.sql("select used_at is not null from account_invitation where user_id = ?").param(newcomer.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select password_hash is null from app_user where id = ?").param(newcomer.id())
                .query(Boolean.class).single()).as("no password was set").isTrue();
        assertThat(jdbc.sql("select action from audit_event where record_id = ? order by id").param(newcomer.id().toString())
                .query(String.class).list()).contains("user.identity-linked", "user.signed-in-provider");

        // the link: the invitation is used up
        open("/activate?token=" + invitation.secret());
        assertThat(browser.findElements(By.id("activation-providers"))).isEmpty();

        open("/account/sign-in-providers");
        waitFor(By.cssSelector("li[data-provider='" + thaid.registrationId() + "']"));
        assertAccessible("the account's providers");
        open("/account");
        assertThat(element(By.tagName("main")).getText()).contains("บัญชีผู้ให้บริการยืนยันตัวตน")
                .containsPattern("เชื่อมไว้ [1๑] บัญชี");

        // sign out: Sujarit's session ends, the provider's sign-out is offered, and taken
        browser.manage().window().setSize(new Dimension(1280, 900));
        signOut();
        waitFor(By.id("provider-sign-out"));
        assertAccessible("the sign-in page after signing out");
        String signOutAt = element(By.id("provider-sign-out")).getAttribute("href");
        assertThat(signOutAt).startsWith(provider.issuer() + "/connect/logout?id_token_hint=");
        element(By.id("provider-sign-out")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().equals(url("/login?loggedOut"))
                    && !d.findElements(By.id("provider-sign-out")).isEmpty() == false);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("After the provider's sign-out at " + signOutAt + ": " + browser.getCurrentUrl() + "\n"
                    + browser.getPageSource(), e);
        }
        open("/console/me");
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));

        // sign in again from the sign-in page: the provider asks again, its session having ended
        waitFor(By.cssSelector("a[data-provider='" + thaid.registrationId() + "']"));
        submit(element(By.cssSelector("a[data-provider='" + thaid.registrationId() + "']")));
        signInAtProvider(person);
        waitFor(By.cssSelector("form[action='/logout']"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/me"));
        open("/account");
        assertThat(element(By.tagName("main")).getText()).contains("สมหญิง " + tenant.marker());
    }

    @Test
    void anIdentityLinkedToNoAccountGetsAPageThatSaysWhatToDo() {
        Provider thaid = platformProvider("stranger");
        String person = "stranger-" + marker;
        provider.user(person, PROVIDER_PASSWORD, Map.of());
        startBrowser(1280, 900);
        open("/login");
        submit(element(By.cssSelector("a[data-provider='" + thaid.registrationId() + "']")));
        signInAtProvider(person);
        waitFor(By.id("provider-problem"));
        assertThat(element(By.id("provider-problem")).getAttribute("data-reason")).isEqualTo("unlinked");
        assertThat(element(By.id("provider-problem-todo")).getText()).contains("ลิงก์เชิญ").contains("บัญชีของฉัน");
        assertAccessible("the refusal page");
        open("/console/me");
        assertThat(browser.getCurrentUrl()).as("not signed in").isEqualTo(url("/login"));
    }

    @Test
    void theTenantAdminsProviderPageIsAccessible() {
        Tenant tenant = tenants.create();
        startBrowser(1280, 900);
        open("/login");
        browser.findElement(By.id("username")).sendKeys(tenant.username(Role.TENANT_ADMIN));
        browser.findElement(By.id("password")).sendKeys(TenantFixture.PASSWORD);
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        open("/console/settings/sign-in-providers");
        waitFor(By.id("registrationId"));
        assertAccessible("the tenant admin's providers, empty");
        // a mistyped issuer is said at once, beside the field
        element(By.id("registrationId")).sendKeys("keycloak-" + marker);
        element(By.id("nameTh")).sendKeys("คีย์โคลกจังหวัด");
        element(By.id("nameEn")).sendKeys("Province Keycloak");
        element(By.id("issuerUri")).sendKeys("http://localhost:1/realms/none");
        element(By.id("clientId")).sendKeys("sujarit");
        element(By.id("clientSecret")).sendKeys("secret-1");
        submit(element(By.cssSelector("form[action='/console/settings/sign-in-providers'] button[type=submit]")));
        assertThat(element(By.id("issuerUri-error")).getText()).contains("openid-configuration");
        assertAccessible("the form with an error");
        // the real issuer is accepted, and the secret is never shown back
        String id = "kc-" + marker;
        provider.client(id, SignatureAlgorithm.RS256, Behaviour.HONEST);
        element(By.id("registrationId")).clear();
        element(By.id("registrationId")).sendKeys(id);
        element(By.id("issuerUri")).clear();
        element(By.id("issuerUri")).sendKeys(provider.issuer());
        element(By.id("clientSecret")).sendKeys("the-secret-" + marker);
        browser.findElement(By.cssSelector("input[value='RS256']")).click();
        submit(element(By.cssSelector("form[action='/console/settings/sign-in-providers'] button[type=submit]")));
        waitFor(By.cssSelector("li[data-provider='" + id + "']"));
        assertThat(browser.getPageSource()).doesNotContain("the-secret-" + marker).contains("/login/oauth2/code/" + id);
        assertAccessible("the tenant admin's providers");
        assertThat(jdbc.sql("select tenant_id from sign_in_provider where registration_id = ?").param(id).query(UUID.class).single())
                .isEqualTo(tenant.id().value());
    }
}
