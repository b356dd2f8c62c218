package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;

/**
 * The integrity officer writes a knowledge test on a phone, without JavaScript doing any of it:
 * the list, the new test's settings, the questions editor, a question whose correct answer is
 * ticked after its choices are shown, and the test's page — each without sideways scrolling and
 * without a WCAG 2.1 AA violation, a form with errors included.
 */
class SurveyBuilderJourneyTest extends BrowserJourney {

    @Test
    void theOfficerWritesATestOnAPhone() {
        startBrowser(360, 800);
        signIn("bantom.integrity");
        check("/console/surveys", "the list");
        submit(element(By.cssSelector("main a[href='/console/surveys/new']")));
        check(null, "the new survey's form");

        String title = "แบบทดสอบความรู้เรื่องผลประโยชน์ทับซ้อน run" + Long.toString(System.nanoTime(), 36);
        new Select(element(By.id("kind"))).selectByValue("TEST");
        new Select(element(By.id("audience"))).selectByValue("STAFF");
        element(By.id("titleTh")).sendKeys(title);
        element(By.id("passMark")).clear();
        element(By.id("passMark")).sendKeys("๐");
        submit(element(By.cssSelector("main form button.primary")));
        assertThat(element(By.cssSelector(".form-errors")).isDisplayed()).isTrue();
        check(null, "the new survey's form with errors");
        element(By.id("passMark")).clear();
        element(By.id("passMark")).sendKeys("๖๐");
        element(By.id("opensOn")).sendKeys("1/10/2569");
        submit(element(By.cssSelector("main form button.primary")));
        check(null, "the questions editor of a new test");

        submit(element(By.cssSelector("main section a.button")));
        new Select(element(By.id("type"))).selectByValue("SINGLE");
        element(By.id("th")).sendKeys("ของขวัญที่รับได้ตามหลักเกณฑ์มีมูลค่าไม่เกินเท่าใด");
        element(By.id("choices")).sendKeys("๕,๐๐๐ บาท\n๓,๐๐๐ บาท | 3,000 baht\nไม่จำกัด");
        submit(element(By.cssSelector("main button[name=step]")));
        check(null, "a question's form with its options shown");
        element(By.cssSelector("input[name=correct][value='๓,๐๐๐ บาท']")).click();
        submit(element(By.cssSelector("main form button.primary")));
        WebElement question = element(By.cssSelector("main li[id^=question-]"));
        assertThat(question.getText()).contains("ของขวัญที่รับได้", "๑ คะแนน");
        check(null, "the questions editor with a question");

        submit(element(By.linkText(title)));
        assertThat(element(By.tagName("h1")).getText()).isEqualTo(title);
        check(null, "the test's page");
        submit(element(By.cssSelector("main form[action$='/open'] button")));
        assertThat(element(By.cssSelector(".notice")).getText()).contains("เปิดรับคำตอบแล้ว");
        check(null, "the open test's page");
    }

    private void check(String page, String what) {
        if (page != null) {
            open(page);
        }
        assertThat(sidewaysOverflow()).as("%s scrolls sideways on a phone", what).isEmpty();
        assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on %s", what).isEmpty();
    }
}
