package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sujarit.shared.ThaiDates;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;

/**
 * On a phone: Phayao's provincial office asks Ban Tom about an indicator (a wrong date first), Ban
 * Tom's integrity officer finds it on the console's home and answers it, the office reads the
 * answer and closes the request. Each page passes axe-core's WCAG 2.1 A/AA rules and fits the
 * screen. The request ends closed, so that no other test's digest meets it.
 */
class OversightRequestJourneyTest extends BrowserJourney {

    @Test
    void theProvinceAsksBanTomAnswersAndTheProvinceCloses() throws Exception {
        startBrowser(360, 800);
        signIn("oversight.phayao");
        open("/oversight/laos/bantom/requests/new?indicator=plan.published&year=2569");
        checked("the send form");
        browser.findElement(By.id("subject")).sendKeys("ยังไม่รายงานผลรอบที่ ๒ (ทดสอบเส้นทาง)");
        browser.findElement(By.id("message")).sendKeys("ขอให้รายงานผลการดำเนินงานรอบที่ ๒ ในระบบ");
        browser.findElement(By.id("dueOn")).clear();
        browser.findElement(By.id("dueOn")).sendKeys("1/1/2020");
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(element(By.id("dueOn-error")).getText()).isNotBlank();
        checked("the send form with its error");
        Chromium.screenshot(browser, "followup-01-send-form-error-phone");
        browser.findElement(By.id("dueOn")).clear();
        browser.findElement(By.id("dueOn")).sendKeys(ThaiDates.numericDate(LocalDate.now(ZoneId.of("Asia/Bangkok")).plusDays(20)));
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(element(By.cssSelector(".notice")).getText()).contains("ส่งคำขอแล้ว");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ยังไม่รายงานผลรอบที่ ๒ (ทดสอบเส้นทาง)");
        checked("the overseer's list");
        Chromium.screenshot(browser, "followup-02-overseer-list-phone");
        signOut();

        signIn("bantom.integrity");
        open("/console");
        submit(element(By.cssSelector("main a[href='/console/oversight-requests']")));
        checked("the console's list");
        submit(element(By.xpath("//main//a[contains(., 'ทดสอบเส้นทาง')]")));
        checked("the request in the console");
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(element(By.cssSelector(".form-errors")).isDisplayed()).isTrue();
        checked("the answer form with its error");
        browser.findElement(By.id("answer")).sendKeys("รายงานผลรอบที่ ๒ แล้วเมื่อวันนี้");
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("รายงานผลรอบที่ ๒ แล้วเมื่อวันนี้");
        checked("the answered request");
        Chromium.screenshot(browser, "followup-03-answered-phone");
        signOut();

        signIn("oversight.phayao");
        open("/oversight/requests?status=ANSWERED");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("ทดสอบเส้นทาง");
        submit(element(By.xpath("//main//tr[contains(., 'ทดสอบเส้นทาง')]//form/button")));
        assertThat(element(By.cssSelector(".notice")).getText()).contains("ปิดคำขอแล้ว");
        checked("the list after closing");
    }

    private void checked(String page) {
        assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on %s", page).isEmpty();
        assertThat(sidewaysOverflow()).as("sideways overflow on %s", page).isEmpty();
    }
}
