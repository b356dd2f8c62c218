package org.sujarit.staff.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Passkeys in Chromium with its virtual authenticator (CTAP2, internal transport, resident keys, user
 * verification on): a real browser makes and uses the passkey against the served application, with
 * webauthn4j checking the attestation and assertions. The server runs on a port chosen here so that
 * {@code sujarit.public-url} — the relying party's id and only allowed origin — is the test server's
 * own origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyJourneyTest extends BrowserJourney {

    static final int PORT = freePort();
    static final Duration WAIT = Duration.ofSeconds(15);

    @DynamicPropertySource
    static void publicUrl(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
        properties.add("sujarit.public-url", () -> "http://localhost:" + PORT);
    }

    @Autowired
    TenantFixture tenants;
    @Autowired
    StaffUsers users;
    @Autowired
    JdbcClient jdbc;

    VirtualAuthenticator authenticator;

    @Test
    void aPasskeyIsAddedFromTheAccountPageSignsInIsRenamedAndOnceRemovedSignsInNoMore() {
        Tenant a = tenants.create();
        String username = a.username(Role.INTEGRITY_OFFICER);
        UUID userId = a.userId(Role.INTEGRITY_OFFICER);
        startBrowserWithAuthenticator(1280, 900);

        signInWithCode(username);
        open("/account");
        submit(element(By.cssSelector("a[href='/account/passkeys']")));
        assertThat(element(By.tagName("main")).getText()).contains("ยังไม่มีพาสคีย์");
        addPasskey("โทรศัพท์ของฉัน");
        assertThat(element(By.cssSelector(".passkey-list h3")).getText()).isEqualTo("โทรศัพท์ของฉัน");
        assertThat(element(By.cssSelector(".passkey-list")).getText()).contains("ยังไม่เคยใช้เข้าสู่ระบบ");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(authenticator.getCredentials().get(0).isResidentCredential()).isTrue();
        assertThat(passkeysOf(userId)).containsExactly("โทรศัพท์ของฉัน");
        assertThat(jdbc.sql("select uv_initialized from passkey where user_id = ?").param(userId)
                .query(Boolean.class).single()).as("made with user verification").isTrue();
        assertThat(actionsOn(userId)).contains("user.passkey-added");
        assertThat(Axe.violations(browser)).as("the passkeys page with a passkey").isEmpty();
        open("/account");
        assertThat(element(By.tagName("main")).getText()).containsPattern("มีพาสคีย์ [1๑] รายการ");

        signOut();
        assertThat(Axe.violations(browser)).as("the sign-in page with its passkey button").isEmpty();
        signInWithPasskey();
        assertThat(browser.getCurrentUrl()).endsWith("/console");
        open("/account");
        assertThat(element(By.tagName("main")).getText()).contains(username);
        assertThat(actionsOn(userId)).contains("user.signed-in-passkey");
        assertThat(jdbc.sql("select last_used_at is not null from passkey where user_id = ?").param(userId)
                .query(Boolean.class).single()).isTrue();

        // renamed: an empty name is refused on the server with the form kept, a good one is taken
        open("/account/passkeys");
        assertThat(element(By.cssSelector(".passkey-list")).getText()).contains("ใช้ล่าสุดเมื่อ");
        UUID passkeyId = jdbc.sql("select id from passkey where user_id = ?").param(userId).query(UUID.class).single();
        browser.executeScript("document.getElementById(arguments[0]).removeAttribute('required')", "label-" + passkeyId);
        element(By.id("label-" + passkeyId)).clear();
        element(By.id("label-" + passkeyId)).sendKeys("   ");
        submit(element(By.cssSelector(".passkey-rename button")));
        assertThat(element(By.id("label-error-" + passkeyId)).getText()).isEqualTo("กรุณาตั้งชื่อพาสคีย์");
        assertThat(passkeysOf(userId)).containsExactly("โทรศัพท์ของฉัน");
        element(By.id("label-" + passkeyId)).clear();
        element(By.id("label-" + passkeyId)).sendKeys("คอมพิวเตอร์ที่สำนักงาน");
        submit(element(By.cssSelector(".passkey-rename button")));
        assertThat(element(By.cssSelector("main .notice")).getText()).isEqualTo("เปลี่ยนชื่อพาสคีย์แล้ว");
        assertThat(passkeysOf(userId)).containsExactly("คอมพิวเตอร์ที่สำนักงาน");

        // removed from a password session: the password is asked for, a wrong one removes nothing
        signOut();
        signInWithPassword(username);
        open("/account/passkeys");
        element(By.id("password-" + passkeyId)).sendKeys("not-the-password-2569");
        submit(element(By.cssSelector(".passkey-remove button")));
        assertThat(element(By.id("password-error-" + passkeyId)).getText()).contains("รหัสผ่านไม่ถูกต้อง");
        assertThat(passkeysOf(userId)).hasSize(1);
        element(By.id("password-" + passkeyId)).sendKeys(TenantFixture.PASSWORD);
        submit(element(By.cssSelector(".passkey-remove button")));
        assertThat(element(By.cssSelector("main .notice")).getText()).contains("ลบพาสคีย์แล้ว");
        assertThat(passkeysOf(userId)).isEmpty();
        assertThat(actionsOn(userId)).contains("user.passkey-removed");

        // the authenticator still holds it, but the server no longer knows it
        signOut();
        element(By.id("passkey-sign-in")).click();
        assertThat(new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("passkey-sign-in-problem"))).getText()).contains("เข้าสู่ระบบด้วยพาสคีย์ไม่สำเร็จ");
        assertThat(browser.findElements(By.cssSelector("form[action='/logout']"))).isEmpty();
    }

    @Test
    void aDeactivatedAccountsPasskeyDoesNotSignIn() {
        Tenant a = tenants.create();
        String username = a.username(Role.EXECUTIVE);
        UUID userId = a.userId(Role.EXECUTIVE);
        startBrowserWithAuthenticator(1280, 900);
        signInWithCode(username);
        open("/account/passkeys");
        addPasskey("กุญแจ");
        signOut();
        users.deactivate(a.id(), userId, a.userId(Role.TENANT_ADMIN));

        element(By.id("passkey-sign-in")).click();
        assertThat(new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("passkey-sign-in-problem"))).getText()).contains("ถูกระงับการใช้งาน");
        assertThat(browser.findElements(By.cssSelector("form[action='/logout']"))).isEmpty();
        assertThat(actionsOn(userId)).contains("user.sign-in-failed");
    }

    /**
     * A passkey of tenant A's account, presented in a session of tenant B's account (the confirm step
     * of a second factor or step-up, with the page's list of allowed passkeys taken away by the caller),
     * is refused: the session stays B's, nothing of A's is added to it, and the refusal is audited.
     * Signed out, the same passkey signs in as its own account and no other.
     */
    @Test
    void aPasskeyOfTenantAsAccountNeverSignsInAsAnyoneElse() {
        Tenant a = tenants.create();
        Tenant b = tenants.create();
        String ofA = a.username(Role.INTEGRITY_OFFICER);
        String ofB = b.username(Role.INTEGRITY_OFFICER);
        startBrowserWithAuthenticator(1280, 900);
        signInWithCode(ofA);
        open("/account/passkeys");
        addPasskey("ของ A");
        signOut();

        signInWithPassword(ofB);
        open("/account");
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const csrf = document.querySelector('meta[name="csrf-token"]').content;
                const header = document.querySelector('meta[name="csrf-header"]').content;
                const b64 = b => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/=+$/, '').replace(/\\+/g, '-').replace(/\\//g, '_');
                const unb64 = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0)).buffer;
                (async () => {
                  const h = {'Content-Type': 'application/json'}; h[header] = csrf;
                  const options = await (await fetch('/webauthn/authenticate/options', {method: 'POST', headers: h})).json();
                  const credential = await navigator.credentials.get({publicKey: {challenge: unb64(options.challenge),
                      rpId: options.rpId, userVerification: 'required', allowCredentials: []}});
                  const r = credential.response;
                  const response = await fetch('/login/webauthn', {method: 'POST', headers: h, body: JSON.stringify({
                      id: credential.id, rawId: b64(credential.rawId), credType: credential.type,
                      response: {authenticatorData: b64(r.authenticatorData), clientDataJSON: b64(r.clientDataJSON),
                                 signature: b64(r.signature), userHandle: b64(r.userHandle)},
                      clientExtensionResults: {}})});
                  done({status: response.status, allowed: options.allowCredentials.length});
                })().catch(e => done({error: String(e)}));""");
        assertThat(answer).containsEntry("status", 401L).containsEntry("allowed", 0L);
        open("/account");
        assertThat(element(By.tagName("main")).getText()).contains(ofB).doesNotContain(ofA);
        assertThat(actionsOn(b.userId(Role.INTEGRITY_OFFICER))).contains("user.second-factor-failed");
        assertThat(actionsOn(a.userId(Role.INTEGRITY_OFFICER))).doesNotContain("user.signed-in-passkey");

        signOut();
        signInWithPasskey();
        open("/account");
        assertThat(element(By.tagName("main")).getText()).contains(ofA).doesNotContain(ofB);
    }

    /**
     * User verification is required at sign-in: an assertion the authenticator made without verifying
     * the person (asked for by a script with {@code userVerification: 'discouraged'}) is refused by the
     * server, although the sign-in options come back deserialised from the session in PostgreSQL, where
     * Spring's identity check of the requirement no longer sees it. The same passkey with verification
     * signs in.
     */
    @Test
    void anAssertionWithoutUserVerificationIsRefused() {
        Tenant a = tenants.create();
        UUID userId = a.userId(Role.UNIT_STAFF);
        startBrowserWithAuthenticator(1280, 900);
        signInWithCode(a.username(Role.UNIT_STAFF));
        open("/account/passkeys");
        addPasskey("ไม่ยืนยัน");
        signOut();

        // Chromium skips user verification when the page asks for none: the flag is off, and the
        // server must refuse (it accepted this before PasskeyAuthentication restored the requirement)
        assertThat(assertThroughScript()).containsEntry("verified", false).containsEntry("status", 401L);
        open("/account");
        assertThat(browser.findElements(By.cssSelector("form[action='/logout']"))).isEmpty();
        assertThat(actionsOn(userId)).contains("user.sign-in-failed").doesNotContain("user.signed-in-passkey");

        signInWithPasskey();
        assertThat(actionsOn(userId)).contains("user.signed-in-passkey");
    }

    /** Gets an assertion asking for no user verification and posts it to /login/webauthn from the sign-in page. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> assertThroughScript() {
        open("/login");
        return (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const box = document.querySelector('.passkey-sign-in');
                const b64 = b => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/=+$/, '').replace(/\\+/g, '-').replace(/\\//g, '_');
                const unb64 = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0)).buffer;
                (async () => {
                  const h = {'Content-Type': 'application/json'}; h[box.dataset.csrfHeader] = box.dataset.csrfToken;
                  const options = await (await fetch('/webauthn/authenticate/options', {method: 'POST', headers: h})).json();
                  const credential = await navigator.credentials.get({publicKey: {challenge: unb64(options.challenge),
                      rpId: options.rpId, userVerification: 'discouraged', allowCredentials: []}});
                  const r = credential.response;
                  const flags = new Uint8Array(r.authenticatorData)[32];
                  const response = await fetch('/login/webauthn', {method: 'POST', headers: h, body: JSON.stringify({
                      id: credential.id, rawId: b64(credential.rawId), credType: credential.type,
                      response: {authenticatorData: b64(r.authenticatorData), clientDataJSON: b64(r.clientDataJSON),
                                 signature: b64(r.signature), userHandle: b64(r.userHandle)},
                      clientExtensionResults: {}})});
                  done({status: response.status, verified: (flags & 4) !== 0});
                })().catch(e => done({error: String(e)}));""");
    }

    /**
     * An account with a passkey adds another only after a second factor: from a password session the
     * passkeys page offers the confirm step (the fragment the second-factor and step-up pages include),
     * which adds the passkey factor to the session and comes back, fresh, to the page it was given.
     */
    @Test
    void theConfirmStepAddsThePasskeyFactorToThePasswordSessionAndReturns() {
        Tenant a = tenants.create();
        String username = a.username(Role.INTERNAL_AUDITOR);
        UUID userId = a.userId(Role.INTERNAL_AUDITOR);
        startBrowserWithAuthenticator(1280, 900);
        signInWithCode(username);
        open("/account/passkeys");
        addPasskey("แล็ปท็อป");
        signOut();
        signInWithPassword(username);
        open("/account/passkeys");
        assertThat(browser.findElements(By.id("passkey-register"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("input[type=password]"))).hasSize(1);
        assertThat(Axe.violations(browser)).as("the passkeys page asking to confirm").isEmpty();

        submit(element(By.id("passkey-confirm")));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-register")));
        assertThat(browser.getCurrentUrl()).endsWith("/account/passkeys");
        assertThat(browser.findElements(By.cssSelector("input[type=password]"))).as("fresh: no password asked").isEmpty();
        assertThat(actionsOn(userId)).contains("user.second-factor-passed");
    }

    @Test
    void thePasskeyPagesPassAxeAndFitAPhone() throws java.io.IOException {
        Tenant a = tenants.create();
        startBrowserWithAuthenticator(390, 844);
        signInWithCode(a.username(Role.COUNCIL_MEMBER));
        open("/account/passkeys");
        assertThat(Axe.violations(browser)).as("the empty passkeys page on a phone").isEmpty();
        addPasskey("โทรศัพท์มือถือเครื่องที่ใช้ทำงานประจำวันของฉัน");
        assertThat(Axe.violations(browser)).as("the passkeys page on a phone").isEmpty();
        assertThat(sidewaysOverflow()).isEmpty();
        Chromium.screenshot(browser, "passkeys-phone");
        open("/account");
        assertThat(Axe.violations(browser)).as("the account page on a phone").isEmpty();
        signOut();
        assertThat(Axe.violations(browser)).as("the sign-in page on a phone").isEmpty();
        assertThat(sidewaysOverflow()).isEmpty();
        Chromium.screenshot(browser, "passkeys-sign-in-phone");
    }

    private void startBrowserWithAuthenticator(int width, int height) {
        startBrowser(width, height);
        authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    /** A password session: a fixture account has one-time codes, but its role needs no second factor. */
    @Override
    protected void signInWithPassword(String username) {
        signInWithPassword(username, TenantFixture.PASSWORD);
    }

    /**
     * Signs in and confirms with a one-time code (the account has codes, as every fixture account):
     * only then may it add its first passkey.
     */
    private void signInWithCode(String username) {
        signInWithPassword(username);
        open("/account/passkeys");
        submit(element(By.id("passkey-confirm-code")));
        typeCode(username);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-register")));
    }

    private void signInWithPasskey() {
        open("/login");
        element(By.id("passkey-sign-in")).click();
        new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    private void addPasskey(String label) {
        element(By.id("passkey-label")).sendKeys(label);
        element(By.id("passkey-add")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("added"));
        assertThat(element(By.cssSelector("main .notice")).getText()).contains("เพิ่มพาสคีย์เรียบร้อยแล้ว");
    }

    private List<String> passkeysOf(UUID userId) {
        return jdbc.sql("select label from passkey where user_id = ? order by created_at").param(userId)
                .query(String.class).list();
    }

    private List<String> actionsOn(UUID userId) {
        return jdbc.sql("select action from audit_event where record_type = 'user' and record_id = ? order by occurred_at")
                .param(userId.toString()).query(String.class).list();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
