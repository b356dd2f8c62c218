package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sujarit.support.BrowserJourney;

/**
 * The proof of work in Chromium at phone size, with the friction on as in production: the form
 * says in a live region that it is being prepared, then that it is ready; a person who sends it
 * before that is not blocked — the form goes as soon as the proof is found — and the server takes
 * the proof. The time to a proof is measured over several loads of the form.
 */
class FrictionJourneyTest extends BrowserJourney {

    private static final String READY = "แบบฟอร์มพร้อมส่งแล้ว";

    @Test
    void theFormIsPreparedWhileThePersonTypesAndAnEarlySubmissionWaitsForIt() {
        startBrowser(390, 844);
        List<Long> millis = new ArrayList<>();
        for (int load = 0; load < 9; load++) {
            open("/bantom/complaints/track");
            long started = System.nanoTime();
            ready();
            millis.add((System.nanoTime() - started) / 1_000_000);
            assertThat(browser.findElement(By.name("powCounter")).getDomProperty("value")).matches("\\d+");
        }
        long median = millis.stream().sorted().toList().get(millis.size() / 2);
        System.out.printf("Proof of work in Chromium, 9 loads of the look-up form: median %d ms, all %s%n", median, millis);

        open("/bantom/complaints/general");
        new Select(browser.findElement(By.id("categoryId"))).selectByIndex(1);
        browser.findElement(By.id("subject")).sendKeys("ไฟฟ้าสาธารณะดับ");
        browser.findElement(By.id("description")).sendKeys("ไฟฟ้าสาธารณะดับทั้งซอย");
        browser.findElement(By.cssSelector("input[type=checkbox][name=anonymous]")).click();
        // Sent at once, before the proof may be ready: the script holds it and sends it when it is.
        browser.findElement(By.cssSelector("main form button.primary")).click();
        String number = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".receipt-facts .case-number"))).getText();
        String secret = browser.findElement(By.cssSelector(".secret-digits")).getText();
        assertThat(number).matches("BT-\\d{4}-\\d{4}");

        browser.quit();
        startBrowser(390, 844);
        open("/bantom/complaints/track");
        assertThat(browser.findElement(By.cssSelector("[data-pow-status]")).getDomAttribute("aria-live")).isEqualTo("polite");
        browser.findElement(By.id("number")).sendKeys(number);
        browser.findElement(By.id("secret")).sendKeys(secret);
        browser.findElement(By.cssSelector("main form button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/track/" + number));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("ไฟฟ้าสาธารณะดับ");
    }

    private void ready() {
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(20))
                .until(ExpectedConditions.textToBe(By.cssSelector("[data-pow-status]"), READY));
    }
}
