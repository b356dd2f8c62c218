package org.sujarit.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.plan.PlanView;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The plan as a PDF in the official layout: the template {@code plan/document/plan.html},
 * with the Sarabun fonts beside it, printed by headless Chromium, which shapes Thai (marks
 * stacked on their consonant) and wraps it between dictionary words.
 */
@Component
public class PlanPdf {

    static final List<String> FONTS = List.of("Sarabun_400Regular.ttf", "Sarabun_400Regular_Italic.ttf",
            "Sarabun_600SemiBold.ttf", "Sarabun_700Bold.ttf");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final SpringTemplateEngine templates = documentTemplates();
    private final ChromiumPrinter chromium;

    @Autowired
    public PlanPdf(@Value("${sujarit.documents.chromium:/usr/bin/chromium}") String chromium) {
        this(chromium, TIMEOUT);
    }

    PlanPdf(String chromium, Duration timeout) {
        this.chromium = new ChromiumPrinter(Path.of(chromium), timeout);
    }

    /**
     * @param thaiDigits write every digit in Thai (๐–๙), as official copies do
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] render(PlanView plan, boolean thaiDigits) {
        String html = html(plan, thaiDigits);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("sujarit-plan-pdf-");
            for (String font : FONTS) {
                copyFont(font, directory.resolve(font));
            }
            Path page = directory.resolve("plan.html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            return chromium.print(page, directory);
        } catch (IOException e) {
            throw new DocumentUnavailable("Could not prepare the PDF's working directory: " + e.getMessage(), e);
        } finally {
            delete(directory);
        }
    }

    String html(PlanView plan, boolean thaiDigits) {
        Context context = new Context();
        context.setVariable("doc", PlanDocument.of(plan, thaiDigits));
        context.setVariable("words", new ThaiWords());
        return templates.process("plan/document/plan", context);
    }

    private static SpringTemplateEngine documentTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PlanPdf.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static void copyFont(String font, Path target) throws IOException {
        try (InputStream in = PlanPdf.class.getResourceAsStream("/static/fonts/" + font)) {
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
