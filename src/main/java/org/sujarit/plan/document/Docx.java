package org.sujarit.plan.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.sujarit.shared.NumeralStyle;

/**
 * The Word formatting Thai needs, in one place. Thai is a complex script: Word takes a Thai
 * run's font from {@code w:rFonts/@w:cs}, its size from {@code w:szCs}, its boldness from
 * {@code w:bCs} and its line breaking from {@code w:lang/@w:bidi}; setting only the Latin
 * attributes leaves Thai in the default font, the wrong size, and broken anywhere.
 */
final class Docx {

    static final String FONT = "Sarabun";
    static final String THAI = "th-TH";
    static final double BODY_POINTS = 16;
    /** Twentieths of a point per centimetre. */
    static final int TWIPS_PER_CM = 567;
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;

    private Docx() {
    }

    /** Sarabun 16 pt in Thai for everything, including what a user types into the document later. */
    static void defaults(XWPFDocument document) {
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

    static XWPFRun run(XWPFParagraph paragraph, String text, double points, boolean bold) {
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

    static XWPFParagraph paragraph(XWPFParagraph paragraph, ParagraphAlignment alignment, int spaceBefore) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(spaceBefore);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** The cell's only paragraph (a new cell has one, or none yet). */
    static XWPFParagraph paragraphOf(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    static void span(XWPFTableCell cell, int columns) {
        properties(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    /** Starts a vertical merge ({@code first}) or continues the one above. */
    static void mergeDown(XWPFTableCell cell, boolean first) {
        properties(cell).addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
    }

    static void width(XWPFTableCell cell, int twips) {
        CTTcPr properties = properties(cell);
        properties.addNewTcW().setW(BigInteger.valueOf(twips));
        properties.getTcW().setType(STTblWidth.DXA);
    }

    /** A4 with the margins of Thai official documents: 2.5 cm on the binding side, 2 cm elsewhere. */
    static void page(CTSectPr section, boolean landscape, NumeralStyle numerals) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        int twoCm = 2 * TWIPS_PER_CM;
        margins.setTop(BigInteger.valueOf(landscape ? twoCm + TWIPS_PER_CM / 2 : twoCm));
        margins.setBottom(BigInteger.valueOf(twoCm));
        margins.setLeft(BigInteger.valueOf(landscape ? twoCm : twoCm + TWIPS_PER_CM / 2));
        margins.setRight(BigInteger.valueOf(twoCm));
        margins.setHeader(BigInteger.valueOf(TWIPS_PER_CM));
        margins.setFooter(BigInteger.valueOf(TWIPS_PER_CM));
        margins.setGutter(BigInteger.ZERO);
        CTPageNumber pageNumbers = section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType();
        pageNumbers.setFmt(numerals == NumeralStyle.THAI ? STNumberFormat.THAI_NUMBERS : STNumberFormat.DECIMAL);
    }

    /** Width of the text between the margins, in twips. */
    static int textWidth(boolean landscape) {
        return landscape ? A4_LONG - 4 * TWIPS_PER_CM : A4_SHORT - 4 * TWIPS_PER_CM - TWIPS_PER_CM / 2;
    }

    /** "- ๒ -" at the top centre of every page but the cover, as Thai official documents number them. */
    static XWPFHeader pageNumbers(XWPFDocument document, NumeralStyle numerals) {
        XWPFHeader header = document.createHeaderFooterPolicy().createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph paragraph = paragraph(header.createParagraph(), ParagraphAlignment.CENTER, 0);
        run(paragraph, "- ", BODY_POINTS, false);
        run(paragraph, null, BODY_POINTS, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(paragraph, null, BODY_POINTS, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(paragraph, null, BODY_POINTS, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, numerals.apply(1), BODY_POINTS, false);
        run(paragraph, null, BODY_POINTS, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(paragraph, " -", BODY_POINTS, false);
        return header;
    }

    static void useHeader(CTSectPr section, String relationId) {
        var reference = section.addNewHeaderReference();
        reference.setType(STHdrFtr.DEFAULT);
        reference.setId(relationId);
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
