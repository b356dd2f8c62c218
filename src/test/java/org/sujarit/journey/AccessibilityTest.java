package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;

/** Every page of the foundation passes axe-core's WCAG 2.1 A/AA rules, in Thai and in English, on a phone. */
class AccessibilityTest extends BrowserJourney {

    static final String[] PUBLIC = {"/", "/bantom", "/login", "/no-such-town"};
    static final String[] ADMIN = {"/console", "/console/units", "/console/users", "/console/users/new",
            "/console/organisation", "/console/audit", "/account/password"};
    static final String[] PLATFORM = {"/admin", "/admin/organisations/new", "/admin/users", "/admin/audit"};

    @Test
    void publicPagesInBothLanguages() {
        startBrowser(360, 800);
        for (String language : new String[] {"th", "en"}) {
            for (String page : PUBLIC) {
                check(page + "?lang=" + language);
            }
        }
    }

    @Test
    void consolePagesAndTheirFormsWithErrors() {
        startBrowser(1366, 900);
        signIn("bantom.admin");
        for (String page : ADMIN) {
            check(page);
        }
        browser.get(url("/console/users/new"));
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".form-errors")).isDisplayed()).isTrue();
        assertThat(Axe.violations(browser)).as("/console/users/new with errors").isEmpty();
        browser.get(url("/console/users"));
        submit(browser.findElement(By.cssSelector("main table a")));
        assertThat(Axe.violations(browser)).as("a user's page").isEmpty();
        browser.get(url("/console/units"));
        submit(browser.findElement(By.cssSelector("main .unit-tree a")));
        assertThat(Axe.violations(browser)).as("a unit's page").isEmpty();
    }

    @Test
    void planPagesInConsoleAndPortal() {
        startBrowser(360, 800);
        check("/bantom/plan");
        submit(browser.findElement(By.cssSelector("main table a")));
        assertThat(Axe.violations(browser)).as("a published detail sheet").isEmpty();
        signIn("bantom.integrity");
        for (String page : new String[] {"/console/plan", "/console/plan/checks", "/console/plan/progress"}) {
            check(page);
        }
        browser.get(url("/console/plan"));
        submit(browser.findElement(By.cssSelector("main ol.items a")));
        assertThat(Axe.violations(browser)).as("an item's sheet in the console").isEmpty();
        browser.get(url("/console/plan/progress"));
        submit(browser.findElement(By.cssSelector("main table a")));
        assertThat(Axe.violations(browser)).as("a progress report form").isEmpty();
    }

    @Test
    void riskPagesOnAPhone() {
        startBrowser(360, 800);
        check("/bantom/risk");
        signIn("bantom.integrity");
        check("/console/risk");
        check("/console/risk/2566");
        submit(browser.findElement(By.cssSelector("main .risk-list a")));
        assertThat(Axe.violations(browser)).as("a risk's page").isEmpty();
        submit(browser.findElement(By.cssSelector("#measures-heading ~ ol a")));
        assertThat(Axe.violations(browser)).as("a measure's page with its monitoring rounds").isEmpty();
    }

    @Test
    void theCheckerDoesCatchAViolation() {
        startBrowser(1366, 900);
        browser.get(url("/bantom"));
        browser.executeScript("const i = document.createElement('input'); document.querySelector('main').append(i);");
        assertThat(Axe.violations(browser)).anyMatch(v -> v.startsWith("label:"));
    }

    @Test
    void platformAndOversightPages() {
        startBrowser(1366, 900);
        signIn("platform.admin");
        for (String page : PLATFORM) {
            check(page + "?lang=en");
        }
        browser.manage().deleteAllCookies();
        signIn("oversight.region5");
        check("/oversight");
    }

    private void check(String page) {
        browser.get(url(page));
        assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on %s", page).isEmpty();
    }

}
