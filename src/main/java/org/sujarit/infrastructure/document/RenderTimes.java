package org.sujarit.infrastructure.document;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * How long documents take to make, per format: {@code sujarit.documents.render} with the tag
 * {@code format} ({@code pdf}, {@code docx}, {@code xlsx}), a few fixed buckets for percentiles, and
 * only documents that were made (a PDF refused at once for want of Chromium would make the times
 * look good; the refusal shows as a 503 in the HTTP measures).
 * <p>
 * Documents are made by static writers ({@link XlsxFile}) and by objects that modules and tests
 * construct themselves ({@link DocxWriter}, {@link HtmlPdf}), not by beans that a registry could
 * be given to: the timers live in Micrometer's global registry, to which Spring Boot binds its own
 * ({@code management.metrics.use-global-registry}, on by default), so they appear at
 * {@code /actuator/prometheus} like every other measure.
 */
enum RenderTimes {
    PDF, DOCX, XLSX;

    private final Timer timer = Timer.builder("sujarit.documents.render")
            .description("Time to make a document, from its content to its bytes")
            .tag("format", name().toLowerCase(Locale.ROOT))
            .serviceLevelObjectives(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
                    Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30))
            .register(Metrics.globalRegistry);

    /** Makes the document and records how long that took, if it was made. */
    <T> T time(Supplier<T> render) {
        Timer.Sample sample = start();
        T document = render.get();
        stop(sample);
        return document;
    }

    Timer.Sample start() {
        return Timer.start();
    }

    void stop(Timer.Sample sample) {
        sample.stop(timer);
    }
}
