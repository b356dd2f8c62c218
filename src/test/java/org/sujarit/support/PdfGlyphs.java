package org.sujarit.support;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Every glyph a PDF shows, with where its ink lies on the page, and the text of every line.
 *
 * <p>Chromium writes a Thai cluster ("ที่") as one glyph per character inside an /ActualText span,
 * so PDFBox hands the cluster's text to the base glyph and an empty string to its marks. Which
 * character a mark glyph draws is therefore read from the font's ToUnicode map by its character
 * code. Its ink is the glyph outline, placed by the glyph's text rendering matrix, which includes
 * any mark-positioning offset the shaper applied.
 */
public final class PdfGlyphs {

    /** One shown glyph. Coordinates are PDF user space (y up), in points. */
    public record Glyph(int page, String character, float originX, float originY, float advance, float fontSize,
                 Rectangle2D ink) {

        public double inkCentreX() {
            return ink.getCenterX();
        }
    }

    private PdfGlyphs() {
    }

    public static List<Glyph> of(PDDocument document) throws IOException {
        Collector collector = new Collector();
        collector.getText(document);
        return collector.glyphs;
    }

    /** The text of each page, lines separated by "\n". */
    /** Every font the document's pages use. */
    public static List<org.apache.pdfbox.pdmodel.font.PDFont> fonts(PDDocument document) throws IOException {
        List<org.apache.pdfbox.pdmodel.font.PDFont> fonts = new java.util.ArrayList<>();
        for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    public static List<String> pages(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    /** Collects each glyph as the stripper writes it out, line by line. */
    private static final class Collector extends PDFTextStripper {

        private final List<Glyph> glyphs = new ArrayList<>();

        Collector() {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            int start = 0;
            for (int i = 1; i <= positions.size(); i++) {
                if (i == positions.size() || !positions.get(i).getUnicode().isEmpty()) {
                    addCluster(positions.subList(start, i));
                    start = i;
                }
            }
            super.writeString(text, positions);
        }

        /**
         * A cluster is a glyph carrying the cluster's text (from /ActualText) and the glyphs after it
         * carrying none. Most glyphs name their character in ToUnicode; a contextual variant (the
         * raised tone mark over sara ii in ที่) maps to nothing there, and takes the character of the
         * cluster's text that no other glyph of the cluster claims.
         */
        private void addCluster(List<TextPosition> cluster) throws IOException {
            List<String> characters = new ArrayList<>();
            StringBuilder unclaimed = new StringBuilder(cluster.get(0).getUnicode());
            for (TextPosition position : cluster) {
                String character = position.getFont().toUnicode(position.getCharacterCodes()[0]);
                boolean known = character != null && !character.isEmpty() && character.charAt(0) != 0;
                characters.add(known ? character : null);
                int claimed = known ? unclaimed.indexOf(character) : -1;
                if (claimed >= 0) {
                    unclaimed.delete(claimed, claimed + character.length());
                }
            }
            for (int i = 0; i < cluster.size(); i++) {
                String character = characters.get(i);
                if (character == null && unclaimed.length() > 0) {
                    character = unclaimed.substring(0, 1);
                    unclaimed.deleteCharAt(0);
                }
                glyphs.add(glyph(cluster.get(i), character == null ? "" : character));
            }
        }

        private Glyph glyph(TextPosition position, String character) throws IOException {
            PDFont font = position.getFont();
            int code = position.getCharacterCodes()[0];
            Matrix matrix = position.getTextMatrix();
            GeneralPath outline = ((PDVectorFont) font).getNormalizedPath(code);
            Rectangle2D ink = outline.getBounds2D().isEmpty() ? null : bounds(outline.getBounds2D(), matrix);
            Point2D.Float origin = matrix.transformPoint(0, 0);
            return new Glyph(getCurrentPageNo(), character, origin.x, origin.y, position.getWidthDirAdj(),
                    position.getFontSizeInPt(), ink);
        }

        /** Glyph space is a thousandth of text space; the rendering matrix takes text space to the page. */
        private static Rectangle2D bounds(Rectangle2D glyphBox, Matrix matrix) {
            Rectangle2D.Double box = null;
            double[][] corners = {{glyphBox.getMinX(), glyphBox.getMinY()}, {glyphBox.getMaxX(), glyphBox.getMinY()},
                    {glyphBox.getMinX(), glyphBox.getMaxY()}, {glyphBox.getMaxX(), glyphBox.getMaxY()}};
            for (double[] corner : corners) {
                Point2D.Float point = matrix.transformPoint((float) corner[0] / 1000f, (float) corner[1] / 1000f);
                if (box == null) {
                    box = new Rectangle2D.Double(point.x, point.y, 0, 0);
                } else {
                    box.add(point.x, point.y);
                }
            }
            return box;
        }
    }
}
