package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.complaint.StatisticsFixture;
import org.sujarit.staff.Role;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The complaint statistics in Chromium on a phone: the public page's tables stack into labelled
 * cards that fit the screen, and both it and the staff page pass axe-core's WCAG 2.1 AA rules.
 */
class ComplaintStatisticsJourneyTest extends BrowserJourney {

    @Autowired StatisticsFixture fixture;

    @Test
    void thePublicAndStaffStatisticsReadWellOnAPhone() throws Exception {
        Tenant t = fixture.shared();
        startBrowser(360, 800);
        for (String language : List.of("th", "en")) {
            String page = "/" + t.organisation().slug() + "/complaints/statistics?year=2569&lang=" + language;
            open(page);
            assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on %s", page).isEmpty();
            assertThat(sidewaysOverflow()).as("no sideways scrolling on %s", page).isEmpty();
        }
        browser.executeScript("document.querySelector('main table.stacked').scrollIntoView()");
        Chromium.screenshot(browser, "complaint-statistics-01-public-phone");
        WebElement firstHalf = browser.findElement(By.cssSelector("main table.stacked tbody tr"));
        List<WebElement> cells = firstHalf.findElements(By.cssSelector("td"));
        assertThat(cells.get(0).getCssValue("display")).isEqualTo("block");
        assertThat(cells.get(1).getLocation().getY()).as("cells stacked").isGreaterThan(cells.get(0).getLocation().getY());
        assertThat(browser.findElement(By.cssSelector("main table.stacked thead")).getSize().getWidth()).isLessThanOrEqualTo(1);

        signInWithFixturePassword(t.username(Role.INTEGRITY_OFFICER));
        open("/console/complaints/statistics?year=2569&lang=th");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("สถิติเรื่องร้องเรียน");
        assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on the staff statistics").isEmpty();
        Chromium.screenshot(browser, "complaint-statistics-02-staff-phone");
    }

    private void signInWithFixturePassword(String username) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TenantFixture.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }
}
