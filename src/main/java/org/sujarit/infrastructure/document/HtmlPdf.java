package org.sujarit.infrastructure.document;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * A document printed to PDF from its template under {@code templates/}: the template gets the
 * document as {@code doc}, a {@link ThaiWords} as {@code words} (for the fragment
 * {@code document/words}) and the numeral style (see {@link PdfPrinter#context}); the HTML is
 * printed by {@link PdfPrinter} with the Chromium of {@code sujarit.documents.chromium}.
 */
@Component
public class HtmlPdf {

    private final SpringTemplateEngine templates = PdfPrinter.templates();
    private final PdfPrinter printer;

    @Autowired
    public HtmlPdf(@Value("${sujarit.documents.chromium:/usr/bin/chromium}") String chromium) {
        this(chromium, PdfPrinter.TIMEOUT);
    }

    public HtmlPdf(String chromium, Duration timeout) {
        this.printer = new PdfPrinter(chromium, timeout);
    }

    /** @throws DocumentUnavailable when Chromium is missing, fails or takes longer than the time-out */
    public byte[] print(String template, Object document, NumeralStyle numerals) {
        return RenderTimes.PDF.time(() -> printer.print(html(template, document, numerals)));
    }

    public String html(String template, Object document, NumeralStyle numerals) {
        Context context = PdfPrinter.context(numerals);
        context.setVariable("doc", document);
        context.setVariable("words", new ThaiWords());
        return templates.process(template, context);
    }
}
