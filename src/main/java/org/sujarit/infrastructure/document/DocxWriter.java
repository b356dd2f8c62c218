package org.sujarit.infrastructure.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import io.micrometer.core.instrument.Timer;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.sujarit.shared.NumeralStyle;

/**
 * Writes an editable Word document in the official page style, Thai set as Word needs it
 * ({@link Docx}): A4 with the margins of Thai official documents, "- ๒ -" at the top of every
 * page in the document's numeral style, headings, sections of {@link Block}s, bordered tables,
 * and sections of pages that may turn to landscape.
 */
public final class DocxWriter {

    public static final double HEADING_POINTS = 20;
    /** Space above a heading, in twentieths of a point. */
    public static final int HEADING_SPACE = 240;
    private static final String BLACK = "000000";

    /** A document is written from the writer's making to {@link #finish}: that is its render time. */
    private final Timer.Sample rendering = RenderTimes.DOCX.start();
    private final XWPFDocument word = new XWPFDocument();
    private final NumeralStyle numerals;
    private final String pageNumbers;

    /** @param numerals how the document writes numbers, page numbers included */
    public DocxWriter(NumeralStyle numerals) {
        this.numerals = numerals;
        Docx.defaults(word);
        this.pageNumbers = word.getRelationId(pageNumbers(word, numerals));
    }

    /** A new paragraph at the end of the document. */
    public XWPFParagraph paragraph(ParagraphAlignment alignment, int spaceBefore) {
        return Docx.paragraph(word.createParagraph(), alignment, spaceBefore);
    }

    /** An empty paragraph that starts a new page. */
    public void pageBreak() {
        word.createParagraph().setPageBreak(true);
    }

    /** A centred heading in 20 pt bold, kept with what follows. */
    public XWPFParagraph heading(String text, boolean newPage) {
        return heading(text, ParagraphAlignment.CENTER, HEADING_POINTS, newPage);
    }

    /** A section: its heading in bold body text, kept with what follows, then its blocks. */
    public void section(Section section, boolean newPage) {
        heading(section.heading(), ParagraphAlignment.LEFT, Docx.BODY_POINTS, newPage);
        blocks(section.blocks());
    }

    /**
     * Paragraphs indent their first line 2.5 cm; list entries indent 1 cm a level. Sub-headings and
     * tables are not written here: a document that has them writes its tables with {@link #table}.
     */
    public void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.ITEM) {
                throw new IllegalArgumentException("Not a paragraph or list entry: " + block.kind());
            }
            XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT, 0);
            if (block.level() == 0) {
                paragraph.setIndentationFirstLine(Docx.TWIPS_PER_CM * 5 / 2);
            } else {
                paragraph.setIndentationLeft(Docx.TWIPS_PER_CM * block.level());
            }
            Docx.run(paragraph, block.text(), Docx.BODY_POINTS, false);
        }
    }

    /** A table as wide as the text, centred, with thin black borders and columns {@code widths} twips wide. */
    public XWPFTable table(int[] widths, int cellMargin) {
        XWPFTable table = word.createTable();
        table.removeRow(0);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(0, cellMargin, 0, cellMargin);
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

    /**
     * Closes the section of pages that ends here; the next starts on a new page.
     *
     * @param titlePage whether its first page goes without a page number (a cover)
     */
    public void endSection(boolean landscape, boolean titlePage) {
        CTSectPr section = word.createParagraph().getCTP().addNewPPr().addNewSectPr();
        page(section, landscape, numerals);
        var reference = section.addNewHeaderReference();
        reference.setType(STHdrFtr.DEFAULT);
        reference.setId(pageNumbers);
        if (titlePage) {
            section.addNewTitlePg();
        }
    }

    /** The document, its last section of pages in portrait or landscape, as the bytes of a .docx file. */
    public byte[] finish(boolean landscape) {
        page(word.getDocument().getBody().getSectPr(), landscape, numerals);
        try (word; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.write(out);
            RenderTimes.DOCX.stop(rendering);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
    }

    private XWPFParagraph heading(String text, ParagraphAlignment alignment, double points, boolean newPage) {
        XWPFParagraph paragraph = paragraph(alignment, HEADING_SPACE);
        paragraph.setKeepNext(true);
        if (newPage) {
            paragraph.setPageBreak(true);
        }
        Docx.run(paragraph, text, points, true);
        return paragraph;
    }

    /** A4 with the margins of Thai official documents: 2.5 cm on the binding side, 2 cm elsewhere. */
    private static void page(CTSectPr section, boolean landscape, NumeralStyle numerals) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? Docx.A4_LONG : Docx.A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? Docx.A4_SHORT : Docx.A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        int cm = Docx.TWIPS_PER_CM;
        margins.setTop(BigInteger.valueOf(landscape ? 2 * cm + cm / 2 : 2 * cm));
        margins.setBottom(BigInteger.valueOf(2 * cm));
        margins.setLeft(BigInteger.valueOf(landscape ? 2 * cm : 2 * cm + cm / 2));
        margins.setRight(BigInteger.valueOf(2 * cm));
        margins.setHeader(BigInteger.valueOf(cm));
        margins.setFooter(BigInteger.valueOf(cm));
        margins.setGutter(BigInteger.ZERO);
        CTPageNumber pageNumbers = section.isSetPgNumType() ? section.getPgNumType() : section.addNewPgNumType();
        pageNumbers.setFmt(numerals == NumeralStyle.THAI ? STNumberFormat.THAI_NUMBERS : STNumberFormat.DECIMAL);
    }

    /** "- ๒ -" at the top centre of the pages, as Thai official documents number them. */
    private static XWPFHeader pageNumbers(XWPFDocument document, NumeralStyle numerals) {
        XWPFHeader header = document.createHeaderFooterPolicy().createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph paragraph = Docx.paragraph(header.createParagraph(), ParagraphAlignment.CENTER, 0);
        Docx.run(paragraph, "- ", Docx.BODY_POINTS, false);
        Docx.run(paragraph, null, Docx.BODY_POINTS, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        Docx.run(paragraph, null, Docx.BODY_POINTS, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
        Docx.run(paragraph, null, Docx.BODY_POINTS, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        Docx.run(paragraph, numerals.apply(1), Docx.BODY_POINTS, false);
        Docx.run(paragraph, null, Docx.BODY_POINTS, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        Docx.run(paragraph, " -", Docx.BODY_POINTS, false);
        return header;
    }
}
