package org.sujarit.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.support.Axe;
import org.sujarit.support.BrowserJourney;
import org.sujarit.support.Chromium;

/**
 * In a real Chromium at phone size: the transparency portal of Ban Tom reached from its home page,
 * searched in Thai with a plain form (the pages are rendered on the server and need no script), an
 * item and the open data; then the integrity officer publishes a link for an item and the portal
 * shows it; unit staff publish a document for their unit's item and a citizen finds it by a word
 * inside its Thai title and downloads it. Every page passes axe-core's WCAG 2.1 AA rules and fits
 * the phone's width.
 */
class DisclosureJourneyTest extends BrowserJourney {

    @Autowired Disclosures disclosures;

    /** A one-page PDF with no content, as small as a valid PDF gets. */
    private static final String MINIMAL_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    @Test
    void aCitizenWithoutScriptFindsWhatIsPublishedAndAnOfficerAddsToIt() throws Exception {
        int year = disclosures.currentYear().buddhistYear();
        startBrowser(360, 800);
        open("/bantom?lang=th");
        submit(browser.findElement(By.partialLinkText("การเปิดเผยข้อมูลต่อสาธารณะ")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("การเปิดเผยข้อมูลต่อสาธารณะ");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("ข้อมูลพื้นฐาน")
                .contains("โครงสร้างส่วนราชการและอำนาจหน้าที่ของเทศบาลตำบลบ้านต๋อม");
        fits("the portal");
        Chromium.screenshot(browser, "disclosure-01-portal-phone");

        browser.findElement(By.id("q")).sendKeys("จัดซื้อ");
        submit(browser.findElement(By.cssSelector("form[role=search] button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("จัดซื้อ");
        // Two items about procurement, and one whose published manual mentions it inside a sentence.
        assertThat(browser.findElements(By.cssSelector(".disclosure-items h3"))).extracting(e -> e.getText().split(" ")[0])
                .containsExactlyInAnyOrder("O8", "O12", "O13");
        fits("the search");
        Chromium.screenshot(browser, "disclosure-02-search-phone");

        submit(browser.findElement(By.partialLinkText("รายการการจัดซื้อจัดจ้าง")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("O12");
        fits("an item");
        open("/bantom/open-data");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(org.sujarit.shared.NumeralStyle.THAI.apply("ปีงบประมาณ " + year));
        assertThat(browser.findElement(By.linkText("CSV")).getAttribute("href")).endsWith("/bantom/open-data/disclosures-" + year + ".csv");
        fits("the open data");
        open("/bantom/procurement?year=" + year);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("จัดซื้อจัดจ้าง");
        fits("the procurement summaries");
        Chromium.screenshot(browser, "disclosure-03-open-data-phone");
        signIn("bantom.integrity");
        open("/console/disclosure");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("ความพร้อมรับการประเมิน ITA");
        fits("the console checklist");
        Chromium.screenshot(browser, "disclosure-04-console-phone");
        open("/console/disclosure/" + year + "/O20");
        browser.findElement(By.id("title")).sendKeys("ประชุมประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนา");
        assertThat(browser.findElement(By.id("publishedOn")).getAttribute("value"))
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/"))
                        + (LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).getYear() + 543));
        browser.findElement(By.id("linkUrl")).sendKeys("ftp://example.org/meeting.pdf");
        submit(browser.findElement(By.cssSelector("main form[enctype] button.primary")));
        assertThat(browser.findElement(By.cssSelector(".form-errors, .error")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("ประชุมประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนา");
        fits("the item page with errors");
        browser.findElement(By.id("linkUrl")).clear();
        browser.findElement(By.id("linkUrl")).sendKeys("https://www.example.go.th/bantom/community-meeting");
        submit(browser.findElement(By.cssSelector("main form[enctype] button.primary")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("เผยแพร่แล้ว");
        fits("the item page");
        Chromium.screenshot(browser, "disclosure-05-published-phone");
        open("/bantom/disclosure/" + year + "/O20");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("ประชุมประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนา");
        signOut();

        // Unit staff of กองช่าง, which answers for the service manuals, publish a document for it.
        signIn("bantom.staff");
        open("/console/disclosure/" + year + "/O9");
        java.nio.file.Path manual = java.nio.file.Files.createTempFile("manual", ".pdf");
        java.nio.file.Files.write(manual, MINIMAL_PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        browser.findElement(By.id("title")).sendKeys("คู่มือสำหรับประชาชนเรื่องการขออนุญาตก่อสร้างอาคาร");
        browser.findElement(By.id("file")).sendKeys(manual.toAbsolutePath().toString());
        submit(browser.findElement(By.cssSelector("main form[enctype] button.primary")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("เผยแพร่แล้ว");
        Chromium.screenshot(browser, "disclosure-06-unit-staff-published-phone");
        signOut();
        // A citizen finds it by a word inside the Thai sentence, and downloads it.
        open("/bantom/disclosure");
        browser.findElement(By.id("q")).sendKeys("ขออนุญาต");
        submit(browser.findElement(By.cssSelector("form[role=search] button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector(".disclosure-items h3"))).extracting(e -> e.getText().split(" ")[0])
                .containsExactly("O9");
        String href = browser.findElement(By.linkText("คู่มือสำหรับประชาชนเรื่องการขออนุญาตก่อสร้างอาคาร")).getAttribute("href");
        assertThat(href).contains("/bantom/disclosure/files/");
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(download.body(), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-1.4");
        fits("the search for a word inside a sentence");
        Chromium.screenshot(browser, "disclosure-07-found-phone");

        signIn("platform.admin");
        open("/admin/disclosure/checklists");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("O1–O26");
        fits("the checklists");
    }

    private void fits(String page) {
        assertThat(Axe.violations(browser)).as("WCAG 2.1 AA violations on %s", page).isEmpty();
        assertThat(sidewaysOverflow()).as("sideways scrolling on %s", page).isEmpty();
    }
}
