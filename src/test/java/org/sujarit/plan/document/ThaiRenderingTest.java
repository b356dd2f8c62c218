package org.sujarit.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.ThaiMarks;

/**
 * Proof that the PDF shows Thai as a reader expects: marks stacked on their consonant, and lines
 * broken between words, never inside one; and pictures of three pages to look at.
 */
class ThaiRenderingTest {

    private static PDDocument pdf;
    private static List<String> pages;

    @BeforeAll
    static void render() throws IOException {
        pdf = Loader.loadPDF(RenderedPlan.pdf(NumeralStyle.THAI));
        pages = PdfGlyphs.pages(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void everyMarkIsStackedOnItsConsonant() throws IOException {
        String text = String.join("\n", pages);
        assertThat(text).contains("ที่", "กิ่ง", "ผู้");

        ThaiMarks report = ThaiMarks.of(PdfGlyphs.of(pdf));

        System.out.printf("Thai marks checked: %d, tone marks stacked over a vowel: %d%n", report.marks(), report.stacks());
        assertThat(report.misplaced()).isEmpty();
        assertThat(report.marks()).as("marks checked").isGreaterThan(1000);
        assertThat(report.stacks()).as("tone marks stacked over an upper vowel, as in ที่ and กิ่ง").isGreaterThan(20);
        assertThat(report.unknownMarks()).as("zero-width glyphs that are not a known mark").isEmpty();
    }

    /**
     * The same check fails on Thai drawn without shaping: PDFBox itself writes "ที่" and "กิ่ง"
     * glyph after glyph, each mark at its default place, so the tone collides with the vowel.
     */
    @Test
    void theCheckCatchesUnshapedThai() throws IOException {
        try (PDDocument unshaped = new PDDocument()) {
            PDPage page = new PDPage();
            unshaped.addPage(page);
            try (InputStream font = PlanPdf.class.getResourceAsStream("/static/fonts/Sarabun_400Regular.ttf");
                 PDPageContentStream content = new PDPageContentStream(unshaped, page)) {
                PDType0Font sarabun = PDType0Font.load(unshaped, font);
                content.beginText();
                content.setFont(sarabun, 16);
                content.newLineAtOffset(72, 700);
                content.showText("ที่ กิ่ง ผู้");
                content.endText();
            }
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            unshaped.save(saved);
            ThaiMarks report;
            try (PDDocument reopened = Loader.loadPDF(saved.toByteArray())) {
                report = ThaiMarks.of(PdfGlyphs.of(reopened));
            }

            assertThat(report.misplaced()).isNotEmpty();
            assertThat(report.misplaced()).anyMatch(problem -> problem.contains("collides"));
        }
    }

    @Test
    void linesBreakBetweenWords() {
        List<String> lines = pages.stream().flatMap(page -> page.lines()).map(String::strip)
                .filter(line -> !line.matches("- .+ -")).toList();
        List<String> paragraphs = longParagraphs();
        assertThat(paragraphs).hasSizeGreaterThan(5);

        int checkedBreaks = 0;
        List<String> cutWords = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<Integer> breaks = breaksOf(paragraph, lines);
            assertThat(breaks).as("paragraph printed line by line: %s", paragraph.substring(0, 40)).isNotNull();
            Set<Integer> boundaries = wordBoundaries(paragraph);
            for (int position : breaks) {
                checkedBreaks++;
                if (!boundaries.contains(position)) {
                    cutWords.add(paragraph.substring(Math.max(0, position - 15), position) + " | "
                            + paragraph.substring(position, Math.min(paragraph.length(), position + 15)));
                }
            }
        }
        System.out.printf("Line breaks checked in %d paragraphs: %d%n", paragraphs.size(), checkedBreaks);
        assertThat(checkedBreaks).isGreaterThan(30);
        assertThat(cutWords).as("lines that end inside a word").isEmpty();
    }

    @Test
    void pagesRenderToPictures() throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        Files.createDirectories(RenderedPlan.OUTPUT);
        int sheet = pageContaining("ชื่อโครงการ :");
        int partTwo = pageContaining("ภารกิจตามมิติ");

        assertThat(picture(renderer, 0, "plan-cover.png")).as("ink on the cover").isGreaterThan(0.005);
        assertThat(picture(renderer, partTwo, "plan-part-two.png")).as("ink on part 2").isGreaterThan(0.02);
        assertThat(picture(renderer, sheet, "plan-sheet.png")).as("ink on the first sheet").isGreaterThan(0.02);
    }

    /** Every paragraph of the document long enough to wrap, as the PDF prints it. */
    private static List<String> longParagraphs() {
        PlanDocument document = PlanDocument.of(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI);
        List<Section> sections = new ArrayList<>(document.frontMatter());
        sections.add(document.foreword());
        sections.add(document.partOne());
        document.sheets().forEach(sheet -> sections.addAll(sheet.fields()));
        return sections.stream().flatMap(section -> section.blocks().stream()).map(Block::text)
                .filter(text -> text.length() > 120).distinct().toList();
    }

    private static Set<Integer> wordBoundaries(String text) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(text);
        Set<Integer> boundaries = new TreeSet<>();
        for (int boundary = words.first(); boundary != BreakIterator.DONE; boundary = words.next()) {
            boundaries.add(boundary);
        }
        return boundaries;
    }

    /**
     * Where the PDF's lines break the paragraph (offsets into its text, before the spaces a break
     * swallows), or null when no run of consecutive lines spells it out.
     */
    private static List<Integer> breaksOf(String paragraph, List<String> lines) {
        for (int start = 0; start < lines.size(); start++) {
            List<Integer> breaks = new ArrayList<>();
            int position = 0;
            for (int index = start; index < lines.size(); index++) {
                String line = lines.get(index);
                if (line.isEmpty() || !paragraph.startsWith(line, position)) {
                    break;
                }
                position += line.length();
                if (position == paragraph.length()) {
                    return breaks;
                }
                breaks.add(position);
                while (position < paragraph.length() && Character.isWhitespace(paragraph.charAt(position))) {
                    position++;
                }
            }
        }
        return null;
    }

    private static int pageContaining(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).replaceAll("\\s+", "").contains(text.replaceAll("\\s+", ""))) {
                return i;
            }
        }
        throw new AssertionError("No page contains " + text);
    }

    /** Renders a page at 150 dpi into target/documents and returns the share of its pixels that are ink. */
    private static double picture(PDFRenderer renderer, int page, String name) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page, 150);
        Path file = RenderedPlan.OUTPUT.resolve(name);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Files.write(file, png.toByteArray());
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (luminance < 128) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
