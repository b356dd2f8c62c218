package org.sujarit.plan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.plan.ItemView;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.PdfGlyphs;

class PlanPdfTest {

    @Test
    void printsTheWholePlanInThaiDigits() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RenderedPlan.pdf(NumeralStyle.THAI))) {
            List<String> pages = PdfGlyphs.pages(pdf);
            String text = compact(String.join("", pages));
            List<ItemView> items = RenderedPlan.PLAN.allItems().toList();

            assertThat(compact(pages.get(0))).as("the cover, as the seed's").contains(compact("(พ.ศ. ๒๕๖๖ – ๒๕๗๐)"),
                    compact("ของเทศบาลตำบลบ้านต๋อม"), compact("อำเภอเมืองพะเยา จังหวัดพะเยา"));
            assertThat(compact(pages.get(0)).split(compact("อำเภอเมืองพะเยา จังหวัดพะเยา"), -1)).as("the locality, once").hasSize(2);
            assertThat(text).contains(compact("แผนปฏิบัติการป้องกันการทุจริต"), compact("เพื่อยกระดับคุณธรรมและความโปร่งใส"),
                    compact("(พ.ศ. ๒๕๖๖ – ๒๕๗๐)"), compact("ของเทศบาลตำบลบ้านต๋อม"), "คำนำ", "ที่มาของแผน",
                    compact("ส่วนที่ ๑ การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กร"), "เผยแพร่แยกเป็นเอกสารต่างหาก",
                    compact("ส่วนที่ ๒ แผนปฏิบัติการป้องกันการทุจริต"), compact("ส่วนที่ ๓"));
            items.forEach(item -> assertThat(text).contains(compact(item.content().name())));
            assertThat(text).contains(compact("รวม ๒ โครงการ ๑ มาตรการ"), compact("รวมทั้งสิ้น ๓ โครงการ ๔ กิจกรรม ๓ มาตรการ"),
                    "๑๕,๕๐๐.๕๐", "๒๕,๐๐๐", "ไม่ใช้งบประมาณ");
            assertThat(text).contains(compact("๑. ชื่อโครงการ :"), compact("๖. ระยะเวลาดำเนินการ"), compact("๙. ผลผลิต"),
                    "ผลลัพธ์", compact("๒.๑)"), compact("๘๐ คน"), compact("ทุก ๖ เดือน"));
            assertThat(compact(pages.get(1))).as("page numbers").contains("-๒-");
            assertThat(compact(pages.get(pages.size() - 1))).contains("-" + NumeralStyle.THAI.apply(pages.size()) + "-");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3 + items.size());
            assertThat(text).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void thePartTwoTableHasTheTotalsAndNoArabicDigits() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RenderedPlan.pdf(NumeralStyle.THAI))) {
            String table = compact(String.join("", PdfGlyphs.pages(pdf).stream()
                    .filter(page -> compact(page).contains("ภารกิจตามมิติ")).toList()));

            assertThat(table).contains("มิติที่๑การสร้างวัฒนธรรมสุจริต", "๒๕๖๖", "๒๕๗๐", "รวมทั้งสิ้น",
                    compact("๑๐,๐๐๐ ๑๐,๐๐๐ ๑๐,๐๐๐ ๑๐,๐๐๐ ๑๐,๐๐๐"),
                    // grand total 2566: 10,000 + 20,000 + 15,500.50 + 5,000 + 30,000
                    "๘๐,๕๐๐.๕๐");
            assertThat(table).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void printsEveryDigitInArabicWhenTheTenantWritesSo() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RenderedPlan.pdf(NumeralStyle.ARABIC))) {
            List<String> pages = PdfGlyphs.pages(pdf);
            String text = compact(String.join("", pages));

            assertThat(text).contains(compact("(พ.ศ. 2566 – 2570)"), compact("อำเภอเมืองพะเยา จังหวัดพะเยา"),
                    compact("ส่วนที่ 2"), compact("1. ชื่อโครงการ :"), compact("6. ระยะเวลาดำเนินการ"),
                    "15,500.50", compact("80 คน"), compact("ไม่น้อยกว่าร้อยละ 80"));
            assertThat(text).as("typed with Thai digits, printed in the tenant's style").contains(compact("ทุก 6 เดือน"));
            assertThat(compact(pages.get(1))).as("page numbers").contains("-2-");
            assertThat(text).doesNotContainPattern("[๐-๙]");
        }
    }

    @Test
    void embedsOnlySarabun() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(RenderedPlan.pdf(NumeralStyle.THAI))) {
            List<PDFont> fonts = PdfGlyphs.fonts(pdf);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("Sarabun");
                assertThat(font.isEmbedded()).isTrue();
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.endsWith("Sarabun-Regular"))
                    .anyMatch(name -> name.endsWith("Sarabun-Bold"));
        }
    }

    @Test
    void everyElementOfThePageIsThai() {
        String html = new PlanPdf(new HtmlPdf(RenderedPlan.CHROMIUM)).html(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI);

        List<Element> elements = Jsoup.parse(html).getAllElements().stream()
                .filter(element -> !element.tagName().equals("#root")).toList();
        assertThat(elements).hasSizeGreaterThan(500).allSatisfy(element ->
                assertThat(element.attr("lang")).as("lang of <%s>", element.tagName()).isEqualTo("th"));
        assertThat(html).doesNotContain("break-all");
    }

    @Test
    void aHangingChromiumIsStoppedAndTheDocumentIsUnavailable(@TempDir Path directory) throws IOException {
        Path hanging = directory.resolve("chromium");
        Files.writeString(hanging, "#!/bin/sh\nsleep 30\n");
        Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
        PlanPdf pdf = new PlanPdf(new HtmlPdf(hanging.toString(), Duration.ofSeconds(1)));

        long start = System.nanoTime();
        assertThatThrownBy(() -> pdf.render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI)).isInstanceOf(DocumentUnavailable.class)
                .hasMessage("Chromium did not print the PDF within 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void leavesNoWorkingDirectoryBehind() throws IOException {
        Set<Path> before = workingDirectories();
        new PlanPdf(new HtmlPdf(RenderedPlan.CHROMIUM)).render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.ARABIC);
        assertThatThrownBy(() -> new PlanPdf(new HtmlPdf("/bin/false")).render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.ARABIC));

        assertThat(workingDirectories()).isEqualTo(before);
    }

    @Test
    void withoutChromiumTheDocumentIsUnavailable() {
        PlanPdf pdf = new PlanPdf(new HtmlPdf("/nonexistent/chromium"));

        assertThatThrownBy(() -> pdf.render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI)).isInstanceOf(DocumentUnavailable.class)
                .hasMessageContaining("Chromium").hasMessageContaining("/nonexistent/chromium");
    }

    @Test
    void aFailingChromiumMakesTheDocumentUnavailable() {
        PlanPdf pdf = new PlanPdf(new HtmlPdf("/bin/false"));

        assertThatThrownBy(() -> pdf.render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI)).isInstanceOf(DocumentUnavailable.class)
                .hasMessageContaining("exited with code 1");
    }

    private static Set<Path> workingDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("sujarit-plan-pdf-"))
                    .collect(Collectors.toSet());
        }
    }

    /** Text without whitespace: PDF lines break wherever the layout put them. */
    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
