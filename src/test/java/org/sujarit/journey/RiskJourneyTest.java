package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;

/**
 * In Chromium: Ban Tom's integrity officer starts this fiscal year's assessment from FY 2566,
 * re-rates the gifts risk orange on the 3×3 matrix, links a new measure to the plan's No Gift
 * item and publishes; a citizen then finds the risk in orange on the portal.
 */
class RiskJourneyTest extends BrowserJourney {

    static final String GIFTS = "การใช้อำนาจหน้าที่เรียกรับผลประโยชน์";

    @Test
    void officerRatesLinksAndPublishesAndThePortalShowsTheColour() throws Exception {
        startBrowser(1366, 900);
        signIn("bantom.integrity");
        open("/console/risk");
        new Select(browser.findElement(By.id("fromYear"))).selectByValue("2566");
        String year = browser.findElement(By.id("fiscalYear")).getDomProperty("value");
        submit(browser.findElement(By.cssSelector("main form button.primary")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("สร้างการประเมินความเสี่ยงแล้ว");
        assertThat(browser.getCurrentUrl()).endsWith("/console/risk/" + year);
        assertThat(ThaiDigits.toArabic(browser.findElement(By.cssSelector("main")).getText())).contains("คงเดิม 12");
        Chromium.screenshot(browser, "risk-01-overview");
        assertThat(Axe.violations(browser)).as("risk overview").isEmpty();

        submit(browser.findElement(By.partialLinkText(GIFTS)));
        new Select(browser.findElement(By.id("trafficLight"))).selectByValue("ORANGE");
        new Select(browser.findElement(By.id("likelihood"))).selectByValue("2");
        new Select(browser.findElement(By.id("impact"))).selectByValue("3");
        new Select(browser.findElement(By.id("change"))).selectByValue("CHANGED");
        submit(browser.findElement(By.cssSelector("main form button.primary")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("บันทึกความเสี่ยงแล้ว");
        assertThat(ThaiDigits.toArabic(browser.findElement(By.cssSelector("p.lead")).getText())).contains("2 × 3 = 6").contains("ปานกลาง");

        browser.findElement(By.id("measure")).sendKeys("ประกาศมาตรการ No Gift ประจำปี");
        Select planItem = new Select(browser.findElement(By.id("planItemKey")));
        WebElement noGift = planItem.getOptions().stream().filter(o -> o.getText().contains("NO Gift")).findFirst().orElseThrow();
        planItem.selectByValue(noGift.getDomProperty("value"));
        Chromium.screenshot(browser, "risk-02-risk");
        submit(browser.findElement(By.xpath("//button[contains(., 'เพิ่มมาตรการ')]")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("บันทึกมาตรการแล้ว");
        assertThat(browser.findElement(By.id("measures-heading")).findElement(By.xpath("..")).getText())
                .contains("ประกาศมาตรการ No Gift ประจำปี").contains("ดำเนินการผ่านแผน:");
        assertThat(Axe.violations(browser)).as("risk page").isEmpty();

        open("/console/risk/" + year);
        submit(browser.findElement(By.xpath("//button[contains(., 'เผยแพร่บนหน้าเว็บ')]")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("เผยแพร่ผลการประเมินความเสี่ยงแล้ว");

        signOut();
        open("/bantom");
        submit(browser.findElement(By.linkText("ผลการประเมินความเสี่ยงการทุจริต")));
        String portal = ThaiDigits.toArabic(browser.findElement(By.cssSelector("main")).getText());
        assertThat(portal).contains("ปีงบประมาณ พ.ศ. " + year);
        WebElement row = browser.findElement(By.xpath("//tr[td[contains(., '" + GIFTS + "')]]"));
        assertThat(row.findElement(By.cssSelector(".light")).getText()).isEqualTo("ส้ม");
        assertThat(row.getText()).contains("ประกาศมาตรการ No Gift ประจำปี");
        Chromium.screenshot(browser, "risk-03-portal");
        assertThat(Axe.violations(browser)).as("portal risk page").isEmpty();

        browser.quit();
        startBrowser(390, 844);
        open("/bantom/risk");
        Chromium.screenshot(browser, "risk-04-portal-phone");
        assertThat(Axe.violations(browser)).as("portal risk page on a phone").isEmpty();
    }
}
