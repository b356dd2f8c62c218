package org.sujarit.plan.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.sujarit.plan.PlanView;

/**
 * The fixture plan printed once per test run and shared by the test classes (Chromium takes a
 * second or two); a copy goes to target/documents to look at.
 */
final class RenderedPlan {

    static final Path OUTPUT = Path.of("target", "documents");
    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final PlanView PLAN = PlanFixture.banTom();

    private static final Map<Boolean, byte[]> PDFS = new HashMap<>();

    private RenderedPlan() {
    }

    static synchronized byte[] pdf(boolean thaiDigits) throws IOException {
        if (!PDFS.containsKey(thaiDigits)) {
            byte[] pdf = new PlanPdf(CHROMIUM).render(PLAN, thaiDigits);
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(thaiDigits ? "plan-thai-digits.pdf" : "plan-arabic-digits.pdf"), pdf);
            PDFS.put(thaiDigits, pdf);
        }
        return PDFS.get(thaiDigits);
    }
}
