package org.sujarit.plan.document;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.Docx;
import org.sujarit.infrastructure.document.DocxWriter;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.plan.Budget;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.document.PartTwo.Row;
import org.sujarit.plan.document.PartTwo.Table;
import org.sujarit.plan.document.PartTwo.Total;
import org.sujarit.shared.NumeralStyle;

/**
 * The plan as an editable Word document, laid out like the PDF: a portrait section for the cover,
 * คำนำ, front matter and ส่วนที่ ๑; a landscape section for the tables of ส่วนที่ ๒; a portrait
 * section for ส่วนที่ ๓, each detail sheet starting a page.
 */
@Component
public class PlanDocx {

    private static final double COVER_POINTS = 26;
    private static final double TABLE_POINTS = 14;

    /**
     * @param locality the district and province the cover gives under the organisation's name
     * @param numerals how the tenant writes numbers, page numbers included
     */
    public byte[] render(PlanView plan, String locality, NumeralStyle numerals) {
        PlanDocument document = PlanDocument.of(plan, locality, numerals);
        DocxWriter word = new DocxWriter(numerals);
        cover(word, document.cover());
        word.heading(document.foreword().heading(), true);
        word.blocks(document.foreword().blocks());
        Docx.run(word.paragraph(ParagraphAlignment.RIGHT, DocxWriter.HEADING_SPACE * 2), document.signature(),
                Docx.BODY_POINTS, false);
        sections(word, document.frontMatter());
        word.heading(document.partOne().heading(), true);
        word.blocks(document.partOne().blocks());
        word.endSection(false, true);

        partTwo(word, document.partTwo());
        word.endSection(true, false);

        word.heading(document.partThreeHeading(), false).setSpacingBefore(8 * Docx.TWIPS_PER_CM);
        word.heading(document.partThreeSubtitle(), false);
        document.sheets().forEach(sheet -> sections(word, sheet.fields()));
        return word.finish(false);
    }

    private static void cover(DocxWriter word, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = word.paragraph(ParagraphAlignment.CENTER, i == 0 ? 7 * Docx.TWIPS_PER_CM : 0);
            Docx.run(paragraph, lines.get(i), COVER_POINTS, true);
        }
    }

    /** Sections one after the other, the first starting a page. */
    private static void sections(DocxWriter word, List<Section> sections) {
        for (int i = 0; i < sections.size(); i++) {
            word.section(sections.get(i), i == 0);
        }
    }

    private static void partTwo(DocxWriter word, PartTwo part) {
        word.heading(part.heading(), false);
        XWPFParagraph subtitle = word.paragraph(ParagraphAlignment.CENTER, 0);
        subtitle.setSpacingAfter(DocxWriter.HEADING_SPACE / 2);
        Docx.run(subtitle, part.subtitle(), Docx.BODY_POINTS, false);
        DocxColumns columns = DocxColumns.of(part, TABLE_POINTS);
        int[] widths = columns.widths();
        for (int i = 0; i < part.tables().size(); i++) {
            Table table = part.tables().get(i);
            if (i > 0) {
                word.pageBreak();
            }
            XWPFTable grid = word.table(widths, DocxColumns.CELL_MARGIN);
            header(grid, part.years(), widths);
            rows(grid, table, part.years().size(), columns);
            total(grid, table.total(), columns);
            if (i == part.tables().size() - 1) {
                total(grid, part.grandTotal(), columns);
            }
        }
    }

    /** Two header rows, repeated on every page: the budget heading spans the year columns. */
    private static void header(XWPFTable table, List<String> years, int[] widths) {
        XWPFTableRow top = Docx.row(table);
        XWPFTableRow bottom = Docx.row(table);
        top.setRepeatHeader(true);
        bottom.setRepeatHeader(true);
        String[] titles = {"มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ"};
        for (int i = 0; i < titles.length; i++) {
            text(top, titles[i], widths[i], true, ParagraphAlignment.CENTER);
            Docx.mergeDown(top.getCell(i), true);
            Docx.mergeDown(Docx.cell(bottom, widths[i]), false);
        }
        XWPFTableCell budget = text(top, "งบประมาณ (บาท) ปีงบประมาณ พ.ศ.", sum(widths, 3, years.size()), true,
                ParagraphAlignment.CENTER);
        Docx.span(budget, years.size());
        for (int i = 0; i < years.size(); i++) {
            text(bottom, years.get(i), widths[3 + i], true, ParagraphAlignment.CENTER);
        }
        XWPFTableCell remark = text(top, "หมายเหตุ", widths[widths.length - 1], true, ParagraphAlignment.CENTER);
        Docx.mergeDown(remark, true);
        Docx.mergeDown(Docx.cell(bottom, widths[widths.length - 1]), false);
    }

    private static void rows(XWPFTable table, Table dimension, int years, DocxColumns columns) {
        int[] widths = columns.widths();
        List<Row> rows = dimension.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            XWPFTableRow line = Docx.row(table);
            XWPFTableCell name = text(line, i == 0 ? dimension.dimension() : "", widths[0], false, ParagraphAlignment.LEFT);
            Docx.mergeDown(name, i == 0);
            XWPFTableCell mission = text(line, row.missionRows() > 0 ? row.mission() : "", widths[1], false,
                    ParagraphAlignment.LEFT);
            Docx.mergeDown(mission, row.missionRows() > 0);
            text(line, row.item(), widths[2], false, ParagraphAlignment.LEFT);
            if (row.noBudget()) {
                Docx.span(text(line, Budget.NONE_TH, sum(widths, 3, years), false,
                        ParagraphAlignment.CENTER), years);
            } else {
                for (int y = 0; y < years; y++) {
                    Docx.text(line, row.amounts().get(y), widths[3 + y], false, ParagraphAlignment.RIGHT,
                            columns.amountPoints());
                }
            }
            text(line, row.remark(), widths[widths.length - 1], false, ParagraphAlignment.LEFT);
        }
    }

    private static void total(XWPFTable table, Total total, DocxColumns columns) {
        int[] widths = columns.widths();
        XWPFTableRow line = Docx.row(table);
        Docx.span(text(line, total.label(), sum(widths, 0, 3), true, ParagraphAlignment.LEFT), 3);
        for (int y = 0; y < total.amounts().size(); y++) {
            Docx.text(line, total.amounts().get(y), widths[3 + y], true, ParagraphAlignment.RIGHT,
                    columns.amountPoints());
        }
        text(line, "", widths[widths.length - 1], true, ParagraphAlignment.LEFT);
    }

    private static XWPFTableCell text(XWPFTableRow row, String text, int width, boolean bold,
                                      ParagraphAlignment alignment) {
        return Docx.text(row, text, width, bold, alignment, TABLE_POINTS);
    }

    private static int sum(int[] widths, int from, int count) {
        int sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += widths[i];
        }
        return sum;
    }
}
