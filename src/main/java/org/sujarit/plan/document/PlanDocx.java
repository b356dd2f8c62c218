package org.sujarit.plan.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.springframework.stereotype.Component;
import org.sujarit.plan.Budget;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.document.PartTwo.Row;
import org.sujarit.plan.document.PartTwo.Table;
import org.sujarit.plan.document.PartTwo.Total;
import org.sujarit.plan.document.PlanDocument.Block;
import org.sujarit.plan.document.PlanDocument.Line;
import org.sujarit.plan.document.PlanDocument.Sheet;
import org.sujarit.shared.NumeralStyle;

/**
 * The plan as an editable Word document, laid out like the PDF: a portrait section for the cover,
 * คำนำ, front matter and ส่วนที่ ๑; a landscape section for the tables of ส่วนที่ ๒; a portrait
 * section for ส่วนที่ ๓, each detail sheet starting a page.
 */
@Component
public class PlanDocx {

    private static final double HEADING_POINTS = 20;
    private static final double COVER_POINTS = 26;
    private static final double TABLE_POINTS = 14;
    private static final int HEADING_SPACE = 240;
    private static final String BLACK = "000000";

    /**
     * @param locality the district and province the cover gives under the organisation's name
     * @param numerals how the tenant writes numbers, page numbers included
     */
    public byte[] render(PlanView plan, String locality, NumeralStyle numerals) {
        PlanDocument document = PlanDocument.of(plan, locality, numerals);
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.defaults(word);
            XWPFHeader pageNumbers = Docx.pageNumbers(word, numerals);
            String header = word.getRelationId(pageNumbers);

            cover(word, document.cover());
            heading(word, document.foreword().heading(), true);
            lines(word, document.foreword().lines());
            Docx.run(Docx.paragraph(word.createParagraph(), ParagraphAlignment.RIGHT, HEADING_SPACE * 2),
                    document.signature(), Docx.BODY_POINTS, false);
            for (int i = 0; i < document.frontMatter().size(); i++) {
                Block block = document.frontMatter().get(i);
                subheading(word, block.heading(), i == 0);
                lines(word, block.lines());
            }
            heading(word, document.partOne().heading(), true);
            lines(word, document.partOne().lines());
            endSection(word, false, true, numerals, header);

            partTwo(word, document.partTwo());
            endSection(word, true, false, numerals, header);

            heading(word, document.partThreeHeading(), false).setSpacingBefore(8 * Docx.TWIPS_PER_CM);
            heading(word, document.partThreeSubtitle(), false);
            document.sheets().forEach(sheet -> sheet(word, sheet));
            CTSectPr last = word.getDocument().getBody().getSectPr();
            Docx.page(last, false, numerals);

            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the plan as DOCX", e);
        }
    }

    private static void cover(XWPFDocument word, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = Docx.paragraph(word.createParagraph(), ParagraphAlignment.CENTER,
                    i == 0 ? 7 * Docx.TWIPS_PER_CM : 0);
            Docx.run(paragraph, lines.get(i), COVER_POINTS, true);
        }
    }

    private static XWPFParagraph heading(XWPFDocument word, String text, boolean newPage) {
        XWPFParagraph paragraph = Docx.paragraph(word.createParagraph(), ParagraphAlignment.CENTER, HEADING_SPACE);
        paragraph.setKeepNext(true);
        if (newPage) {
            paragraph.setPageBreak(true);
        }
        Docx.run(paragraph, text, HEADING_POINTS, true);
        return paragraph;
    }

    private static void subheading(XWPFDocument word, String text, boolean newPage) {
        XWPFParagraph paragraph = Docx.paragraph(word.createParagraph(), ParagraphAlignment.LEFT, HEADING_SPACE);
        paragraph.setKeepNext(true);
        if (newPage) {
            paragraph.setPageBreak(true);
        }
        Docx.run(paragraph, text, Docx.BODY_POINTS, true);
    }

    /** Paragraphs indent their first line 2.5 cm; numbered entries indent 1 cm per level. */
    private static void lines(XWPFDocument word, List<Line> lines) {
        for (Line line : lines) {
            XWPFParagraph paragraph = Docx.paragraph(word.createParagraph(), ParagraphAlignment.LEFT, 0);
            if (line.level() == 0) {
                paragraph.setIndentationFirstLine(Docx.TWIPS_PER_CM * 5 / 2);
            } else {
                paragraph.setIndentationLeft(Docx.TWIPS_PER_CM * line.level());
            }
            Docx.run(paragraph, line.text(), Docx.BODY_POINTS, false);
        }
    }

    private static void sheet(XWPFDocument word, Sheet sheet) {
        for (int i = 0; i < sheet.blocks().size(); i++) {
            Block block = sheet.blocks().get(i);
            subheading(word, block.heading(), i == 0);
            lines(word, block.lines());
        }
    }

    /** Closes the section that ends here; the next one starts on a new page. */
    private static void endSection(XWPFDocument word, boolean landscape, boolean coverPage, NumeralStyle numerals,
                                   String header) {
        CTSectPr section = word.createParagraph().getCTP().addNewPPr().addNewSectPr();
        Docx.page(section, landscape, numerals);
        Docx.useHeader(section, header);
        if (coverPage) {
            section.addNewTitlePg();
        }
    }

    private static void partTwo(XWPFDocument word, PartTwo part) {
        heading(word, part.heading(), false);
        XWPFParagraph subtitle = Docx.paragraph(word.createParagraph(), ParagraphAlignment.CENTER, 0);
        subtitle.setSpacingAfter(HEADING_SPACE / 2);
        Docx.run(subtitle, part.subtitle(), Docx.BODY_POINTS, false);
        DocxColumns columns = DocxColumns.of(part, TABLE_POINTS);
        int[] widths = columns.widths();
        for (int i = 0; i < part.tables().size(); i++) {
            Table table = part.tables().get(i);
            if (i > 0) {
                word.createParagraph().setPageBreak(true);
            }
            XWPFTable grid = table(word, widths);
            header(grid, part.years(), widths);
            rows(grid, table, part.years().size(), columns);
            total(grid, table.total(), columns);
            if (i == part.tables().size() - 1) {
                total(grid, part.grandTotal(), columns);
            }
        }
    }

    private static XWPFTable table(XWPFDocument word, int[] widths) {
        XWPFTable table = word.createTable();
        table.removeRow(0);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(0, DocxColumns.CELL_MARGIN, 0, DocxColumns.CELL_MARGIN);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BLACK);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        return table;
    }

    /** Two header rows, repeated on every page: the budget heading spans the year columns. */
    private static void header(XWPFTable table, List<String> years, int[] widths) {
        XWPFTableRow top = row(table);
        XWPFTableRow bottom = row(table);
        top.setRepeatHeader(true);
        bottom.setRepeatHeader(true);
        String[] titles = {"มิติ", "ภารกิจตามมิติ", "โครงการ/กิจกรรม/มาตรการ"};
        for (int i = 0; i < titles.length; i++) {
            text(top, titles[i], widths[i], true, ParagraphAlignment.CENTER);
            Docx.mergeDown(top.getCell(i), true);
            Docx.mergeDown(cell(bottom, widths[i]), false);
        }
        XWPFTableCell budget = text(top, "งบประมาณ (บาท) ปีงบประมาณ พ.ศ.", sum(widths, 3, years.size()), true,
                ParagraphAlignment.CENTER);
        Docx.span(budget, years.size());
        for (int i = 0; i < years.size(); i++) {
            text(bottom, years.get(i), widths[3 + i], true, ParagraphAlignment.CENTER);
        }
        XWPFTableCell remark = text(top, "หมายเหตุ", widths[widths.length - 1], true, ParagraphAlignment.CENTER);
        Docx.mergeDown(remark, true);
        Docx.mergeDown(cell(bottom, widths[widths.length - 1]), false);
    }

    private static void rows(XWPFTable table, Table dimension, int years, DocxColumns columns) {
        int[] widths = columns.widths();
        List<Row> rows = dimension.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            XWPFTableRow line = row(table);
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
                    text(line, row.amounts().get(y), widths[3 + y], false, ParagraphAlignment.RIGHT,
                            columns.amountPoints());
                }
            }
            text(line, row.remark(), widths[widths.length - 1], false, ParagraphAlignment.LEFT);
        }
    }

    private static void total(XWPFTable table, Total total, DocxColumns columns) {
        int[] widths = columns.widths();
        XWPFTableRow line = row(table);
        Docx.span(text(line, total.label(), sum(widths, 0, 3), true, ParagraphAlignment.LEFT), 3);
        for (int y = 0; y < total.amounts().size(); y++) {
            text(line, total.amounts().get(y), widths[3 + y], true, ParagraphAlignment.RIGHT, columns.amountPoints());
        }
        text(line, "", widths[widths.length - 1], true, ParagraphAlignment.LEFT);
    }

    private static XWPFTableRow row(XWPFTable table) {
        return table.insertNewTableRow(table.getNumberOfRows());
    }

    private static XWPFTableCell cell(XWPFTableRow row, int width) {
        XWPFTableCell cell = row.addNewTableCell();
        Docx.width(cell, width);
        Docx.paragraphOf(cell);
        return cell;
    }

    private static XWPFTableCell text(XWPFTableRow row, String text, int width, boolean bold,
                                      ParagraphAlignment alignment) {
        return text(row, text, width, bold, alignment, TABLE_POINTS);
    }

    private static XWPFTableCell text(XWPFTableRow row, String text, int width, boolean bold,
                                      ParagraphAlignment alignment, double points) {
        XWPFTableCell cell = cell(row, width);
        XWPFParagraph paragraph = Docx.paragraph(Docx.paragraphOf(cell), alignment, 0);
        if (!text.isEmpty()) {
            Docx.run(paragraph, text, points, bold);
        }
        return cell;
    }

    private static int sum(int[] widths, int from, int count) {
        int sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += widths[i];
        }
        return sum;
    }
}
