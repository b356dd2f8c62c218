package org.sujarit.plan.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.plan.PlanView;
import org.sujarit.shared.NumeralStyle;

/**
 * The fixture plan printed once per test run and shared by the test classes (Chromium takes a
 * second or two); a copy goes to target/documents to look at.
 */
final class RenderedPlan {

    static final Path OUTPUT = Path.of("target", "documents");
    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final PlanView PLAN = PlanFixture.banTom();
    /** The district and province the seed's cover gives under the organisation's name. */
    static final String LOCALITY = "อำเภอเมืองพะเยา จังหวัดพะเยา";

    private static final Map<NumeralStyle, byte[]> PDFS = new EnumMap<>(NumeralStyle.class);

    private RenderedPlan() {
    }

    static synchronized byte[] pdf(NumeralStyle numerals) throws IOException {
        if (!PDFS.containsKey(numerals)) {
            byte[] pdf = new PlanPdf(new HtmlPdf(CHROMIUM)).render(PLAN, LOCALITY, numerals);
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve(numerals == NumeralStyle.THAI ? "plan-thai-digits.pdf" : "plan-arabic-digits.pdf"), pdf);
            PDFS.put(numerals, pdf);
        }
        return PDFS.get(numerals);
    }
}
