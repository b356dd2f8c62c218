package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;

/**
 * In Chromium: Ban Tom's integrity officer opens a new revision of the published plan, edits an
 * item, the executive approves, the officer publishes, reports the item's 6-month round and
 * publishes the round; a citizen then sees the new wording and the round's score on the portal.
 */
class PlanJourneyTest extends BrowserJourney {

    @Test
    void officerRevisesReportsAndPublishesAndThePortalShowsIt() throws Exception {
        startBrowser(1366, 900);
        signIn("bantom.integrity");
        open("/console/plan");
        Chromium.screenshot(browser, "plan-01-overview");
        if (!browser.findElements(By.xpath("//button[contains(., 'ปรับปรุงแผน')]")).isEmpty()) {
            submit(browser.findElement(By.xpath("//button[contains(., 'ปรับปรุงแผน')]")));
        }
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("ร่าง");

        submit(browser.findElement(By.partialLinkText("NO Gift Policy")));
        WebElement name = browser.findElement(By.id("name"));
        name.clear();
        name.sendKeys("มาตรการ NO Gift Policy ไม่รับ ไม่ให้");
        Chromium.screenshot(browser, "plan-02-item-edit");
        submit(browser.findElement(By.cssSelector("main form button.primary")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("บันทึกแล้ว");
        assertThat(Axe.violations(browser)).as("item page").isEmpty();

        signOut();
        signIn("bantom.executive");
        open("/console/plan/checks");
        Chromium.screenshot(browser, "plan-03-checks");
        assertThat(browser.findElement(By.cssSelector("main table")).getText()).contains("ชื่อหน่วยงานสะกดไม่ตรง");
        submit(browser.findElement(By.xpath("//button[contains(., 'อนุมัติแผน')]")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("อนุมัติแผนแล้ว");

        signOut();
        signIn("bantom.integrity");
        open("/console/plan");
        submit(browser.findElement(By.xpath("//button[contains(., 'เผยแพร่บนหน้าเว็บ')]")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("เผยแพร่แผนแล้ว");

        open("/console/plan/progress?year=2568&round=1");
        submit(browser.findElement(By.partialLinkText("NO Gift Policy")));
        browser.findElement(By.cssSelector("input[name=status][value=DONE]")).click();
        browser.findElement(By.id("narrative")).sendKeys("ประกาศใช้มาตรการแล้ว");
        browser.findElement(By.id("kpiActuals0")).sendKeys("1");
        Chromium.screenshot(browser, "plan-04-report");
        submit(browser.findElement(By.cssSelector("main form button.primary")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("ล็อก");
        open("/console/plan/progress?year=2568&round=1");
        submit(browser.findElement(By.xpath("//button[contains(., 'เผยแพร่ผลรอบนี้')]")));
        Chromium.screenshot(browser, "plan-05-round");

        signOut();
        open("/bantom");
        submit(browser.findElement(By.linkText("แผนปฏิบัติการป้องกันการทุจริต")));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("มาตรการ NO Gift Policy ไม่รับ ไม่ให้");
        Chromium.screenshot(browser, "plan-06-portal");
        assertThat(Axe.violations(browser)).as("portal plan page").isEmpty();
        submit(browser.findElement(By.partialLinkText("ปีงบประมาณ ๒๕๖๘ รอบที่ ๑")));
        String round = browser.findElement(By.cssSelector("main")).getText();
        assertThat(round).as("in Ban Tom's Thai digits").contains("๕.๐๐").contains("ดำเนินการแล้วเสร็จ");
        Chromium.screenshot(browser, "plan-07-portal-round");
        assertThat(Axe.violations(browser)).as("portal round page").isEmpty();
    }
}
