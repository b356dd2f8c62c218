package org.sujarit.staff.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.staff.Role;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * In Chromium: the demo custodian signs in with the password and a one-time code, and opening the
 * vault (where reporters' identities are revealed) asks for a fresh code once the first has aged
 * past the step-up validity (10 seconds here, five minutes in production). The new pages pass
 * axe-core's WCAG 2.1 AA rules and fit the window at phone and desktop widths.
 */
@TestPropertySource(properties = "sujarit.sign-in.step-up-validity=PT10S")
class SecondFactorJourneyTest extends BrowserJourney {

    @Autowired TenantFixture fixtures;
    @Autowired OneTimeCodes codes;

    @Test
    void custodianSignsInWithPasswordAndCodeAndRevealAsksForAFreshCode() throws Exception {
        startBrowser(1280, 900);
        signInWithPassword("bantom.custodian");
        assertThat(browser.getCurrentUrl()).contains("/login/second-factor");
        element(By.id("code")).sendKeys("000000");
        submit(element(By.cssSelector("form[action='/login/second-factor'] button[type=submit]")));
        assertThat(element(By.cssSelector("main .problem")).getText()).contains("รหัสไม่ถูกต้อง");
        typeCode("bantom.custodian");
        Instant signedIn = Instant.now();
        assertThat(browser.getCurrentUrl()).endsWith("/console");

        // Within the validity the vault opens at once.
        open("/console/vault");
        assertThat(browser.getCurrentUrl()).endsWith("/console/vault");
        Thread.sleep(Math.max(0, 10_500 - (Instant.now().toEpochMilli() - signedIn.toEpochMilli())));

        open("/console/vault");
        assertThat(browser.getCurrentUrl()).contains("/login/step-up?continue=%2Fconsole%2Fvault");
        assertThat(element(By.tagName("h1")).getText()).isEqualTo("ยืนยันตัวตนอีกครั้ง");
        typeCode("bantom.custodian");
        assertThat(browser.getCurrentUrl()).endsWith("/console/vault");
        assertThat(element(By.tagName("h1")).getText()).contains("ห้องนิรภัย");
    }

    @Test
    void theNewPagesPassAxeAndFitAtPhoneAndDesktopWidths() {
        Tenant t = fixtures.create();
        for (int[] size : List.of(new int[] {390, 844}, new int[] {1280, 900})) {
            startBrowser(size[0], size[1]);
            // The second-factor page after the password.
            signInWithPassword(t.username(Role.IDENTITY_CUSTODIAN), TenantFixture.PASSWORD);
            assertThat(browser.getCurrentUrl()).contains("/login/second-factor");
            check("second-factor");
            typeCode(t.username(Role.IDENTITY_CUSTODIAN));
            // The step-up page.
            open("/login/step-up?continue=%2Fconsole%2Fvault");
            check("step-up");
            open("/account/two-factor");
            check("two-factor (on)");
            signOut();

            // Setting codes up, with the QR code, then the recovery codes shown once.
            codes.remove(t.userId(Role.EXECUTIVE), null);
            signInWithPassword(t.username(Role.EXECUTIVE), TenantFixture.PASSWORD);
            open("/account/two-factor");
            check("two-factor set-up");
            String key = element(By.id("totp-key")).getText().replace(" ", "");
            element(By.id("code")).sendKeys(OneTimeCodes.codeAt(key, Instant.now()));
            submit(element(By.cssSelector("form[action='/account/two-factor/confirm'] button")));
            assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
            check("recovery codes");
            signOut();

            signInWithPassword(t.username(Role.TENANT_ADMIN), TenantFixture.PASSWORD);
            open("/console/settings/second-factor");
            check("settings");
            browser.quit();
            browser = null;
        }
    }

    private void check(String page) {
        assertThat(Axe.violations(browser)).as(page + " at " + browser.manage().window().getSize()).isEmpty();
        assertThat(sidewaysOverflow()).as(page + " sideways").isEmpty();
    }
}
