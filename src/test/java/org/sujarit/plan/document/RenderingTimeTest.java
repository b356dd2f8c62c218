package org.sujarit.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.shared.NumeralStyle;

/** How long the fixture plan takes to render, printed for the record; no limit is asserted. */
class RenderingTimeTest {

    @Test
    void printsRenderingTimes() {
        PlanPdf pdf = new PlanPdf(new HtmlPdf(RenderedPlan.CHROMIUM));
        PlanDocx docx = new PlanDocx();
        PlanXlsx xlsx = new PlanXlsx();
        // Warm up class loading and the template cache, so the timings below are of the work itself.
        docx.render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI);
        pdf.html(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI);

        long items = RenderedPlan.PLAN.allItems().count();
        System.out.printf("Rendering the fixture plan (%d items):%n", items);
        time("PDF (Thymeleaf + headless Chromium)", () -> pdf.render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI));
        time("PDF HTML only (Thymeleaf)", () -> pdf.html(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI).getBytes());
        time("DOCX (POI XWPF)", () -> docx.render(RenderedPlan.PLAN, RenderedPlan.LOCALITY, NumeralStyle.THAI));
        time("XLSX part 2 (POI XSSF)", () -> xlsx.partTwo(RenderedPlan.PLAN, NumeralStyle.THAI));
    }

    private static void time(String what, Supplier<byte[]> render) {
        long start = System.nanoTime();
        byte[] document = render.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("  %-38s %6d ms  %,9d bytes%n", what, took.toMillis(), document.length);
        assertThat(document).isNotEmpty();
    }
}
