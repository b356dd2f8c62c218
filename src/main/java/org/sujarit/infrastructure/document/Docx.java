package org.sujarit.infrastructure.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The Word formatting Thai needs, in one place. Thai is a complex script: Word takes a Thai
 * run's font from {@code w:rFonts/@w:cs}, its size from {@code w:szCs}, its boldness from
 * {@code w:bCs} and its line breaking from {@code w:lang/@w:bidi}; setting only the Latin
 * attributes leaves Thai in the default font, the wrong size, and broken anywhere.
 */
public final class Docx {

    public static final String FONT = SheetStyles.FONT;
    public static final String THAI = "th-TH";
    public static final double BODY_POINTS = 16;
    /** Twentieths of a point per centimetre. */
    public static final int TWIPS_PER_CM = 567;
    public static final int A4_SHORT = 11906;
    public static final int A4_LONG = 16838;

    private Docx() {
    }

    /** Sarabun 16 pt in Thai for everything, including what a user types into the document later. */
    public static void defaults(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_POINTS * 2)));
        run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(BODY_POINTS * 2)));
        language(run.addNewLang());
        defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        document.createStyles().setStyles(styles);
    }

    public static XWPFRun run(XWPFParagraph paragraph, String text, double points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        String[] lines = text == null ? new String[0] : text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        for (FontCharRange range : new FontCharRange[]{FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs,
                FontCharRange.eastAsia}) {
            run.setFontFamily(FONT, range);
        }
        // The run properties are a choice group in POI's schema, written in call order; Word wants
        // the order of ECMA-376's first edition: rFonts, b, bCs, sz, szCs, lang.
        if (bold) {
            run.setBold(true);
            run.setComplexScriptBold(true);
        }
        run.setFontSize(points);
        run.setComplexScriptFontSize(points);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        language(properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang());
        return run;
    }

    public static XWPFParagraph paragraph(XWPFParagraph paragraph, ParagraphAlignment alignment, int spaceBefore) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(spaceBefore);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** The cell's only paragraph (a new cell has one, or none yet). */
    public static XWPFParagraph paragraphOf(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    public static void span(XWPFTableCell cell, int columns) {
        properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    /** Starts a vertical merge ({@code first}) or continues the one above. */
    public static void mergeDown(XWPFTableCell cell, boolean first) {
        properties(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    public static void width(XWPFTableCell cell, int twips) {
        CTTcPr properties = properties(cell);
        properties.addNewTcW().setW(BigInteger.valueOf(twips));
        properties.getTcW().setType(STTblWidth.DXA);
    }

    /** A new row at the end of the table. */
    public static XWPFTableRow row(XWPFTable table) {
        return table.insertNewTableRow(table.getNumberOfRows());
    }

    /** A new cell at the end of the row, {@code twips} wide, with its paragraph. */
    public static XWPFTableCell cell(XWPFTableRow row, int twips) {
        XWPFTableCell cell = row.addNewTableCell();
        width(cell, twips);
        paragraphOf(cell);
        return cell;
    }

    /** A new cell holding the text (nothing when it is empty). */
    public static XWPFTableCell text(XWPFTableRow row, String text, int twips, boolean bold, ParagraphAlignment alignment,
                                     double points) {
        XWPFTableCell cell = cell(row, twips);
        XWPFParagraph paragraph = paragraph(paragraphOf(cell), alignment, 0);
        if (!text.isEmpty()) {
            run(paragraph, text, points, bold);
        }
        return cell;
    }

    /** Width of the text between the margins, in twips. */
    public static int textWidth(boolean landscape) {
        return landscape ? A4_LONG - 4 * TWIPS_PER_CM : A4_SHORT - 4 * TWIPS_PER_CM - TWIPS_PER_CM / 2;
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
    }

    private static void language(CTLanguage language) {
        language.setVal(THAI);
        language.setBidi(THAI);
    }

    private static CTTcPr properties(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
