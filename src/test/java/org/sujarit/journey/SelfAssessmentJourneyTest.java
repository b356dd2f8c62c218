package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;

/**
 * The ปค.๔ on a phone: the internal auditor fills in a principle, is told plainly what is missing,
 * fixes it and saves; an executive reads it. Every step passes axe-core's WCAG 2.1 A/AA rules.
 * FY 2561 is used so that no other test's Ban Tom data is touched.
 */
class SelfAssessmentJourneyTest extends BrowserJourney {

    @Test
    void theAuditorFillsInTheFormOnAPhoneAndAnExecutiveReadsIt() {
        startBrowser(360, 800);
        signIn("bantom.auditor");
        open("/console/risk");
        submit(browser.findElement(By.cssSelector("a[href='/console/risk/self-assessment']")));
        assertThat(Axe.violations(browser)).as("the ปค.๔ years").isEmpty();

        open("/console/risk/self-assessment/2561");
        assertThat(Axe.violations(browser)).as("a year's ปค.๔ form").isEmpty();
        browser.findElement(By.id("principles2.result-NEEDS_IMPROVEMENT")).click();
        browser.findElement(By.id("principles0.result")).click();
        browser.findElement(By.id("overall")).sendKeys("การควบคุมภายในเพียงพอ ยกเว้นหลักการที่ 3");
        submit(browser.findElement(By.cssSelector("main form button.primary")));

        assertThat(ThaiDigits.toArabic(browser.findElement(By.cssSelector(".form-errors")).getText()))
                .contains("หลักการที่ 3: ผลการประเมิน \"ควรปรับปรุง\" ต้องมีข้อสรุป");
        assertThat(Axe.violations(browser)).as("the form with errors").isEmpty();
        assertThat(browser.findElement(By.id("overall")).getAttribute("value")).isEqualTo("การควบคุมภายในเพียงพอ ยกเว้นหลักการที่ 3");
        browser.findElement(By.cssSelector(".form-errors a")).click();
        browser.findElement(By.id("principles2.conclusion")).sendKeys("ยังไม่มีคำสั่งมอบหมายงานที่ชัดเจน");
        browser.findElement(By.cssSelector("main form button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "บันทึกแบบ ปค.๔ แล้ว"));
        assertThat(ThaiDigits.toArabic(browser.findElement(By.tagName("main")).getText())).contains("ประเมินแล้ว 2 จาก 17 หลักการ");

        signOut();
        signIn("bantom.executive");
        open("/console/risk/self-assessment/2561");
        assertThat(browser.findElement(By.id("principles2.conclusion")).getAttribute("value"))
                .isEqualTo("ยังไม่มีคำสั่งมอบหมายงานที่ชัดเจน");
        assertThat(browser.findElement(By.id("principles2.conclusion")).isEnabled()).isFalse();
        assertThat(browser.findElements(By.cssSelector("main form button.primary"))).isEmpty();
        assertThat(Axe.violations(browser)).as("the ปค.๔ read-only").isEmpty();
    }
}
