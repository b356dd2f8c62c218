package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.sujarit.oversight.IndicatorMaintenance;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;

/**
 * In Chromium, at desktop and at phone width, on the Ban Tom demo: the national overseer goes
 * from the nation to NACC region 5, to Phayao, to Ban Tom, and from one of its figures to the public
 * page that shows it — each page passing axe-core's WCAG 2.1 AA rules and, on a phone, never
 * scrolling sideways except inside its scrollable tables.
 */
@TestPropertySource(properties = {"sujarit.test.fresh-database=true", "sujarit.demo.enabled=true",
        "sujarit.notifications.cron=-", "sujarit.disclosure.reminders=false", "sujarit.oversight.cache-ttl=PT0S"})
class OversightJourneyTest extends BrowserJourney {

    @Autowired IndicatorMaintenance maintenance;

    @Test
    void fromTheNationToOneLocalGovernmentsPublicEvidenceAtDesktopWidth() throws Exception {
        journey(1366, 900, "desktop");
    }

    @Test
    void fromTheNationToOneLocalGovernmentsPublicEvidenceOnAPhone() throws Exception {
        journey(390, 844, "phone");
    }

    private void journey(int width, int height, String name) throws Exception {
        maintenance.rebuild();
        startBrowser(width, height);
        signIn("oversight.nacc");
        open("/oversight");
        assertThat(element(By.cssSelector("main h1")).getText()).isEqualTo("ทั้งประเทศ");
        check("the nation", name + "-1-nation");

        browser.findElement(By.linkText("ภาค ๕")).click();
        assertThat(element(By.cssSelector("main h1")).getText()).isEqualTo("ภาค ๕");
        check("region 5", name + "-2-region");

        browser.findElement(By.linkText("พะเยา")).click();
        assertThat(element(By.cssSelector("main h1")).getText()).isEqualTo("พะเยา");
        check("Phayao", name + "-3-province");

        browser.findElement(By.linkText("เทศบาลตำบลบ้านต๋อม")).click();
        assertThat(element(By.cssSelector("main h1")).getText()).isEqualTo("เทศบาลตำบลบ้านต๋อม");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("แผนปฏิบัติการป้องกันการทุจริต");
        check("Ban Tom", name + "-4-lao");

        // The plan's first figure leads to the published plan on Ban Tom's public portal.
        browser.findElement(By.cssSelector("#source-plan ~ .table-wrap a[href^='/bantom/']")).click();
        assertThat(browser.getCurrentUrl()).contains("/bantom/plan");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("แผนปฏิบัติการป้องกันการทุจริต");
        check("Ban Tom's published plan", name + "-5-evidence");
    }

    private void check(String page, String screenshot) throws Exception {
        assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on %s", page).isEmpty();
        assertThat(sidewaysOverflow()).as("%s scrolls sideways", page).isEmpty();
        Chromium.screenshot(browser, "oversight-" + screenshot);
    }
}
