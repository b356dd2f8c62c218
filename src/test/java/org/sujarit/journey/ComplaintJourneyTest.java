package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.sujarit.complaint.Cases;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;
import org.sujarit.support.DatabaseDump;
import org.sujarit.support.Photos;
import org.sujarit.tenant.Organisations;

/**
 * In Chromium at phone size: a citizen of Ban Tom files a general complaint with a photo and keeps
 * the receipt; the integrity officer acknowledges it, accepts it, assigns it to กองช่าง and
 * replies; the citizen opens the case with its number and secret and reads the reply. And a
 * whistleblower's named corruption report, revealed only through the identity custodian.
 */
class ComplaintJourneyTest extends BrowserJourney {

    @Autowired DataSource dataSource;
    @Autowired Organisations organisations;
    @Autowired Cases complaintCases;
    @Autowired AuditTrail trail;

    static final String REPLY = "กองช่างจะเข้าซ่อมหลุมหน้าวัดภายในวันศุกร์นี้ ขออภัยในความไม่สะดวก";

    @Test
    void aCitizenFilesWithAPhotoAndReadsTheOfficersReplyWithNumberAndSecret() throws Exception {
        Path photo = Files.createTempFile("pothole", ".jpg");
        Files.write(photo, Photos.withExif(Photos.jpeg(320, 240), 1, new int[] {19, 10, 12}, new int[] {99, 53, 41}));

        // The citizen, on a phone.
        startBrowser(390, 844);
        open("/bantom");
        submit(browser.findElement(By.linkText("ร้องทุกข์ ร้องเรียน แจ้งเบาะแสการทุจริต")));
        assertThat(browser.findElements(By.cssSelector(".channel h2"))).extracting(WebElement::getText)
                .containsExactly("เรื่องร้องทุกข์/ร้องเรียนทั่วไป", "ร้องเรียนการทุจริตและประพฤติมิชอบ");
        Chromium.screenshot(browser, "complaint-01-channels-phone");
        assertThat(Axe.violations(browser)).as("complaint channels").isEmpty();

        submit(browser.findElement(By.linkText("ยื่นเรื่องร้องทุกข์/ร้องเรียน")));
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("ถนน ทางเท้า สะพาน ท่อระบายน้ำ");
        browser.findElement(By.id("subject")).sendKeys("ถนนหน้าวัดเป็นหลุมลึก");
        browser.findElement(By.id("description")).sendKeys("หลุมลึกประมาณ ๓๐ เซนติเมตร รถจักรยานยนต์ล้มแล้วสองคัน โทร 081-234-5678");
        // The phone number typed into the text is pointed out before filing.
        assertThat(browser.findElement(By.id("personal-data-live")).getText()).contains("หมายเลขโทรศัพท์: 081-234-5678");
        browser.findElement(By.id("description")).clear();
        browser.findElement(By.id("description")).sendKeys("หลุมลึกประมาณ ๓๐ เซนติเมตร รถจักรยานยนต์ล้มแล้วสองคัน");
        assertThat(browser.findElement(By.id("personal-data-live")).isDisplayed()).isFalse();
        browser.findElement(By.id("village")).sendKeys("หมู่ ๓ บ้านต๋อมกลาง");
        browser.findElement(By.id("files")).sendKeys(photo.toString());
        browser.findElement(By.id("contactName")).sendKeys("นางสมศรี ใจดี");
        browser.findElement(By.id("contactEmail")).sendKeys("somsri@example.org");
        Chromium.screenshot(browser, "complaint-02-form-phone");
        assertThat(Axe.violations(browser)).as("complaint form").isEmpty();
        submit(browser.findElement(By.cssSelector("main form button.primary")));

        String number = element(By.cssSelector(".receipt-facts .case-number")).getText();
        String secret = browser.findElement(By.cssSelector(".secret-digits")).getText();
        assertThat(number).matches("BT-\\d{4}-\\d{4}");
        assertThat(secret).matches("\\d{4} \\d{4} \\d{4} \\d{4}");
        assertThat(browser.findElement(By.linkText("ดาวน์โหลดใบรับเรื่อง (PDF)")).getDomAttribute("href"))
                .isEqualTo("/bantom/complaints/track/" + number + "/receipt.pdf");
        Chromium.screenshot(browser, "complaint-03-receipt-phone");
        assertThat(Axe.violations(browser)).as("receipt").isEmpty();
        browser.quit();

        // The integrity officer, also on a phone.
        startBrowser(390, 844);
        signIn("bantom.integrity");
        open("/console/complaints");
        submit(browser.findElement(By.linkText(number)));
        step("ACKNOWLEDGED", "ตรวจสอบแล้ว เป็นเรื่องในเขตเทศบาล", null);
        step("ACCEPTED", "อยู่ในอำนาจหน้าที่ของกองช่าง", null);
        step("ASSIGNED", "ซ่อมผิวถนน", "กองช่าง");
        WebElement reply = browser.findElement(By.cssSelector("details.reply"));
        reply.findElement(By.tagName("summary")).click();
        reply.findElement(By.id("reply-text")).sendKeys(REPLY);
        reply.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(reply));
        assertThat(ThaiDigits.toArabic(browser.findElement(By.cssSelector("main")).getText())).contains(REPLY).contains("กองช่าง");
        Chromium.screenshot(browser, "complaint-04-officer-phone");
        assertThat(Axe.violations(browser)).as("officer's case page").isEmpty();
        signOut();
        browser.quit();

        // The citizen again, in a fresh browser, with the number and the secret.
        startBrowser(390, 844);
        open("/bantom/complaints/track");
        browser.findElement(By.id("number")).sendKeys(number);
        browser.findElement(By.id("secret")).sendKeys(secret);
        submit(browser.findElement(By.cssSelector("main form button.primary")));
        String page = browser.findElement(By.cssSelector("main")).getText();
        assertThat(page).contains(number, REPLY, "มอบหมายให้ กองช่าง ดำเนินการ", "ถนนหน้าวัดเป็นหลุมลึก")
                .doesNotContain("ตรวจสอบแล้ว เป็นเรื่องในเขตเทศบาล", "somsri@example.org");
        assertThat(browser.findElements(By.cssSelector(".timeline .files a"))).extracting(WebElement::getText)
                .containsExactly(photo.getFileName().toString());
        Chromium.screenshot(browser, "complaint-05-citizen-reads-reply-phone");
        assertThat(Axe.violations(browser)).as("citizen's case page").isEmpty();
    }

    /**
     * The whistleblower journey: a named corruption report with a GPS-tagged photo, filed on
     * a phone; the database and the logs hold no trace of the reporter nor of the photo's GPS tag;
     * the staff of the unit assigned read the report but not the identity, until the identity
     * custodian reveals it to the one who asked, with the reason in the audit trail.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aNamedCorruptionReportWithAGpsTaggedPhotoIsReadByTheAssignedStaffAndOnlyACustodianRevealsWhoFiledIt(
            CapturedOutput output) throws Exception {
        byte[] jpeg = Photos.withExif(Photos.jpeg(300, 200), 1, new int[] {19, 8, 51}, new int[] {99, 47, 29});
        Path photo = Files.createTempFile("evidence", ".jpg");
        Files.write(photo, jpeg);
        String name = "นายกล้าหาญ แจ้งตรง";
        String phone = "089 765 4321";
        String email = "klaharn.jaengtrong@example.net";
        String nationalId = "3560100234569";
        String subject = "เรียกรับเงินค่าตรวจแบบบ้าน " + System.nanoTime();

        startBrowser(390, 844);
        open("/bantom/complaints/corruption");
        new Select(browser.findElement(By.id("categoryId"))).selectByVisibleText("การเรียกรับเงิน สินบน ผลประโยชน์");
        browser.findElement(By.id("subject")).sendKeys(subject);
        browser.findElement(By.id("description")).sendKeys("เจ้าหน้าที่ขอเงินสามพันบาทเพื่อให้ผ่านการตรวจแบบ ไม่มีใบเสร็จ");
        browser.findElement(By.id("files")).sendKeys(photo.toString());
        browser.findElement(By.id("contactName")).sendKeys(name);
        browser.findElement(By.id("contactPhone")).sendKeys(phone);
        browser.findElement(By.id("contactEmail")).sendKeys(email);
        browser.findElement(By.id("contactAddress")).sendKeys("บ้านเลขที่ ๕ หมู่ ๒ บัตรประชาชน " + nationalId);
        browser.findElement(By.cssSelector("input[type=checkbox][name=notifyByEmail]")).click();
        assertThat(browser.findElement(By.cssSelector("fieldset.contact")).getText())
                .contains("ชื่อและช่องทางติดต่อของท่านถูกเข้ารหัส");
        Chromium.screenshot(browser, "whistleblower-01-named-report-phone");
        assertThat(Axe.violations(browser)).as("corruption form").isEmpty();
        submit(browser.findElement(By.cssSelector("main form button.primary")));
        String number = element(By.cssSelector(".receipt-facts .case-number")).getText();
        browser.quit();

        DatabaseDump dump = DatabaseDump.of(dataSource);
        for (String secret : List.of(name, phone, phone.replace(" ", ""), email, nationalId)) {
            assertThat(dump.holds(secret)).as("pg_dump holds %s", secret).isFalse();
            assertThat(output.getAll()).as("logs hold %s", secret).doesNotContain(secret);
        }
        int exif = DatabaseDump.indexOf(jpeg, "Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(dump.holds(Arrays.copyOfRange(jpeg, exif, exif + 150))).as("pg_dump holds the GPS tag").isFalse();
        assertThat(dump.holds(Arrays.copyOfRange(jpeg, jpeg.length - 300, jpeg.length))).as("pg_dump holds the photo").isFalse();
        TenantId bantom = organisations.findBySlug("bantom").orElseThrow().id();
        UUID caseId = complaintCases.findByNumber(bantom, number).orElseThrow().id();

        startBrowser(390, 844);
        signIn("bantom.integrity");
        open("/console/complaints/" + caseId);
        assertThat(ThaiDigits.toArabic(browser.findElement(By.cssSelector("main")).getText())).contains(subject).doesNotContain(name);
        step("ACKNOWLEDGED", "ตรวจสอบแล้ว", null);
        step("ACCEPTED", "อยู่ในอำนาจหน้าที่", null);
        step("ASSIGNED", "ให้กองช่างตรวจสอบข้อเท็จจริง", "กองช่าง");
        signOut();
        browser.quit();

        startBrowser(390, 844);
        signIn("bantom.staff");
        open("/console/complaints/" + caseId);
        assertThat(ThaiDigits.toArabic(browser.findElement(By.cssSelector("main")).getText())).contains(subject).doesNotContain(name, phone, email);
        WebElement identity = browser.findElement(By.id("identity"));
        identity.findElement(By.tagName("summary")).click();
        identity.findElement(By.id("identity-reason")).sendKeys("ต้องสอบถามผู้แจ้งเรื่องวันเวลาที่จ่ายเงิน");
        identity.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(identity));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("ส่งคำขอถึงผู้ดูแลข้อมูลตัวตนแล้ว");
        signOut();
        browser.quit();

        startBrowser(390, 844);
        signIn("bantom.custodian");
        open("/console/vault");
        WebElement request = browser.findElements(By.cssSelector("article.identity-request")).stream()
                .filter(a -> a.getText().contains(number)).findFirst().orElseThrow();
        assertThat(request.getText()).contains("ต้องสอบถามผู้แจ้งเรื่องวันเวลาที่จ่ายเงิน").doesNotContain(name);
        Chromium.screenshot(browser, "whistleblower-02-custodian-phone");
        assertThat(Axe.violations(browser)).as("custodian's page").isEmpty();
        request.findElement(By.cssSelector("input[name=passphrase]")).sendKeys("sujarit-vault-2569");
        request.findElement(By.cssSelector("button.primary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(request));
        assertThat(browser.findElement(By.cssSelector(".notice")).isDisplayed()).isTrue();
        signOut();
        browser.quit();

        startBrowser(390, 844);
        signIn("bantom.staff");
        open("/console/complaints/" + caseId);
        assertThat(ThaiDigits.toArabic(browser.findElement(By.id("identity")).getText())).contains(name, phone, email);
        Chromium.screenshot(browser, "whistleblower-03-revealed-to-requester-phone");
        assertThat(Axe.violations(browser)).as("case page with the identity revealed").isEmpty();
        assertThat(trail.recent(bantom, 100)).filteredOn(e -> e.recordId().equals(caseId.toString()))
                .extracting(AuditEvent::action).contains("identity.requested", "identity.approved", "identity.viewed");
    }

    private void step(String to, String reason, String unit) {
        WebElement details = browser.findElement(By.id("step-" + to));
        details.findElement(By.tagName("summary")).click();
        details.findElement(By.id("reason-" + to)).sendKeys(reason);
        if (unit != null) {
            Select units = new Select(details.findElement(By.id("unit-" + to)));
            units.getOptions().stream().filter(o -> o.getText().contains(unit)).findFirst().orElseThrow().click();
        }
        details.findElement(By.cssSelector("button.primary")).click();
        // Wait for the next page: the old one still shows the previous step's notice.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(details));
        assertThat(browser.findElement(By.cssSelector(".notice")).isDisplayed()).isTrue();
    }
}
