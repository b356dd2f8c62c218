package org.sujarit.infrastructure.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.sujarit.infrastructure.web.NumeralsDialect;
import org.sujarit.infrastructure.web.PageNumerals;
import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Prints a document's HTML to PDF: the page is written to a throw-away directory with the
 * Sarabun fonts beside it (templates load them as {@code url(Sarabun_400Regular.ttf)}) and
 * printed by headless Chromium, which shapes Thai (marks stacked on their consonant) and wraps
 * it between dictionary words.
 */
public final class PdfPrinter {

    public static final List<String> FONTS = List.of("Sarabun_400Regular.ttf", "Sarabun_400Regular_Italic.ttf",
            "Sarabun_600SemiBold.ttf", "Sarabun_700Bold.ttf");
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final ChromiumPrinter chromium;

    public PdfPrinter(String chromium, Duration timeout) {
        this.chromium = new ChromiumPrinter(Path.of(chromium), timeout);
    }

    /** @throws DocumentUnavailable when Chromium is missing, fails or takes longer than the time-out */
    public byte[] print(String html) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("sujarit-pdf-");
            for (String font : FONTS) {
                copyFont(font, directory.resolve(font));
            }
            Path page = directory.resolve("document.html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            return chromium.print(page, directory);
        } catch (IOException e) {
            throw new DocumentUnavailable("Could not prepare the PDF's working directory: " + e.getMessage(), e);
        } finally {
            delete(directory);
        }
    }

    /**
     * A template engine over {@code templates/} for documents, apart from the web views' engine;
     * like the views, it writes the digits of every text in the document's numeral style (see
     * {@link #context}).
     */
    public static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfPrinter.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new NumeralsDialect());
        return engine;
    }

    /**
     * A document's template context in Thai, with its numeral style as {@code numeralStyle}: every
     * text of the document follows it (elements marked {@code translate="no"} excepted), and
     * templates number pages with {@code counter(page, [(${numeralStyle.cssCounter()})])}.
     */
    public static Context context(NumeralStyle numerals) {
        Context context = new Context(THAI);
        context.setVariable(PageNumerals.VARIABLE, numerals);
        return context;
    }

    private static void copyFont(String font, Path target) throws IOException {
        try (InputStream in = PdfPrinter.class.getResourceAsStream("/static/fonts/" + font)) {
            if (in == null) {
                throw new DocumentUnavailable("The font " + font + " is missing from the classpath");
            }
            Files.copy(in, target);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A file Chromium was still closing; the system's temporary-file cleaning takes the rest.
        }
    }
}
