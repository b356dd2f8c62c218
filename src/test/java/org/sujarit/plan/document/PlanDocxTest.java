package org.sujarit.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.sujarit.plan.ItemView;
import org.sujarit.shared.NumeralStyle;

class PlanDocxTest {

    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

    private static byte[] docx;

    @BeforeAll
    static void render() throws IOException {
        docx = new PlanDocx().render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI);
        Files.createDirectories(RenderedPlan.OUTPUT);
        Files.write(RenderedPlan.OUTPUT.resolve("plan-thai-digits.docx"), docx);
    }

    @Test
    void holdsTheHeadingsAndEveryItem() throws IOException {
        try (XWPFDocument word = open()) {
            List<String> texts = paragraphs(word).stream().map(XWPFParagraph::getText).toList();
            List<ItemView> items = RenderedPlan.PLAN.allItems().toList();

            assertThat(texts).as("the cover's locality, once").containsOnlyOnce("อำเภอเมืองพะเยา จังหวัดพะเยา");
            assertThat(texts).contains("แผนปฏิบัติการป้องกันการทุจริต", "เพื่อยกระดับคุณธรรมและความโปร่งใส",
                    "(พ.ศ. ๒๕๖๖ – ๒๕๗๐)", "ของเทศบาลตำบลบ้านต๋อม", "อำเภอเมืองพะเยา จังหวัดพะเยา", "คำนำ", "ที่มาของแผน", "วัตถุประสงค์",
                    "รูปแบบและลักษณะของแผน", "ส่วนที่ ๑ การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กร",
                    "ส่วนที่ ๒ แผนปฏิบัติการป้องกันการทุจริต", "ส่วนที่ ๓", "๒. หลักการและเหตุผล", "๓. วัตถุประสงค์",
                    "๔. กลุ่มเป้าหมาย", "๕. วิธีดำเนินการ", "๖. ระยะเวลาดำเนินการ", "๗. งบประมาณดำเนินการ",
                    "๘. ผู้รับผิดชอบโครงการ", "๙. ผลผลิต", "ผลลัพธ์", "ไม่ใช้งบประมาณ", "รวมทั้งสิ้น ๓ โครงการ ๔ กิจกรรม ๓ มาตรการ",
                    "๒.๑) เผยแพร่ทางเว็บไซต์และสื่อสังคมออนไลน์ของเทศบาล",
                    "คณะผู้บริหาร สมาชิกสภา พนักงานเทศบาล ลูกจ้างประจำ และพนักงานจ้างทั่วไป ๘๐ คน");
            items.forEach(item -> assertThat(texts).contains("๑. ชื่อโครงการ : " + item.content().name()));
            assertThat(String.join("\n", texts)).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void everyThaiRunIsSarabunInThai() throws IOException {
        try (XWPFDocument word = open()) {
            List<XWPFRun> thaiRuns = paragraphs(word).stream().flatMap(paragraph -> paragraph.getRuns().stream())
                    .filter(run -> THAI.matcher(run.text()).find()).toList();

            assertThat(thaiRuns).hasSizeGreaterThan(200).allSatisfy(run -> {
                CTRPr properties = run.getCTR().getRPr();
                CTFonts fonts = properties.getRFontsArray(0);
                assertThat(fonts.getCs()).as("complex-script font of %s", run.text()).isEqualTo("Sarabun");
                assertThat(fonts.getAscii()).isEqualTo("Sarabun");
                assertThat(fonts.getHAnsi()).isEqualTo("Sarabun");
                assertThat(run.getComplexScriptFontSizeAsDouble()).isBetween(10.0, 26.0);
                assertThat(run.getFontSizeAsDouble()).isEqualTo(run.getComplexScriptFontSizeAsDouble());
                assertThat(properties.getLangArray(0).getBidi()).isEqualTo("th-TH");
                assertThat(properties.getLangArray(0).getVal()).isEqualTo("th-TH");
            });
            assertThat(thaiRuns).filteredOn(run -> run.getComplexScriptFontSizeAsDouble() == 16.0).hasSizeGreaterThan(100);
        }
    }

    @Test
    void eachSheetStartsAPage() throws IOException {
        try (XWPFDocument word = open()) {
            List<XWPFParagraph> sheetTitles = word.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().startsWith("๑. ชื่อโครงการ :")).toList();

            assertThat(sheetTitles).hasSize((int) RenderedPlan.PLAN.allItems().count())
                    .allSatisfy(title -> assertThat(title.isPageBreak()).isTrue());
        }
    }

    @Test
    void isA4WithThePartTwoTablesInLandscape() throws IOException {
        try (XWPFDocument word = open()) {
            List<CTSectPr> sections = new ArrayList<>();
            word.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
            sections.add(word.getDocument().getBody().getSectPr());

            assertThat(sections).hasSize(3);
            assertThat(sections.get(1).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(sections).allSatisfy(section -> {
                assertThat(twips(section.getPgMar().getRight())).as("2 cm").isEqualTo(1134);
                assertThat(twips(section.getPgMar().getBottom())).as("2 cm").isEqualTo(1134);
                assertThat(section.getHeaderReferenceArray()).isNotEmpty();
            });
            assertThat(twips(sections.get(0).getPgMar().getLeft())).as("2.5 cm binding margin").isEqualTo(1417);
            assertThat(twips(sections.get(1).getPgMar().getTop())).as("bound at the top when turned").isEqualTo(1417);
            assertThat(sections.get(0).isSetTitlePg()).as("no page number on the cover").isTrue();
            assertThat(twips(sections.get(0).getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(sections.get(0).getPgSz().getH())).isEqualTo(16838);

            List<XWPFTable> tables = word.getTables();
            assertThat(tables).hasSize(RenderedPlan.PLAN.dimensions().size());
            XWPFTableRow header = tables.get(0).getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(cells(tables.get(0).getRow(1))).containsExactly("", "", "", "๒๕๖๖", "๒๕๖๗", "๒๕๖๘", "๒๕๖๙",
                    "๒๕๗๐", "");
            XWPFTable last = tables.get(tables.size() - 1);
            assertThat(cells(last.getRow(last.getNumberOfRows() - 1)).get(0)).startsWith("รวมทั้งสิ้น");
        }
    }

    @Test
    void numbersThePagesInThaiDigits() throws IOException {
        try (XWPFDocument word = open()) {
            assertThat(sections(word)).hasSize(3).allSatisfy(section ->
                    assertThat(section.getPgNumType().getFmt()).isEqualTo(STNumberFormat.THAI_NUMBERS));
            XWPFParagraph header = word.getHeaderList().get(0).getParagraphs().get(0);
            assertThat(header.getCTP().xmlText()).contains(" PAGE ");
            assertThat(header.getText()).isEqualTo("- ๑ -");
        }
    }

    @Test
    void writesEveryDigitInArabicWhenTheTenantDoes() throws IOException {
        byte[] arabic = new PlanDocx().render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.ARABIC);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(arabic))) {
            String text = String.join("\n", paragraphs(word).stream().map(XWPFParagraph::getText).toList());

            assertThat(text).contains("(พ.ศ. 2566 – 2570)", "6. ระยะเวลาดำเนินการ", "ทุก 6 เดือน", "- 1 -");
            assertThat(text).doesNotContainPattern("[๐-๙]");
            assertThat(sections(word)).allSatisfy(section ->
                    assertThat(section.getPgNumType().getFmt()).isEqualTo(STNumberFormat.DECIMAL));
        }
    }

    private static List<CTSectPr> sections(XWPFDocument word) {
        List<CTSectPr> sections = new ArrayList<>();
        word.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                .forEach(p -> sections.add(p.getCTP().getPPr().getSectPr()));
        sections.add(word.getDocument().getBody().getSectPr());
        return sections;
    }

    private static XWPFDocument open() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** Body paragraphs and those in table cells, in document order. */
    private static List<XWPFParagraph> paragraphs(XWPFDocument word) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : word.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells()
                        .forEach(cell -> paragraphs.addAll(cell.getParagraphs())));
            }
        }
        word.getHeaderList().forEach(header -> paragraphs.addAll(header.getParagraphs()));
        return paragraphs;
    }

    /** Page measures are unions (a number, or a string such as "2cm"); these documents use numbers. */
    private static int twips(Object measure) {
        return Integer.parseInt(measure.toString());
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
