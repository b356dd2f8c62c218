package org.sujarit.plan.document;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.PdfPrinter;
import org.sujarit.infrastructure.document.ThaiWords;
import org.sujarit.plan.PlanView;
import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The plan as a PDF in the official layout: the template {@code plan/document/plan.html}
 * printed by {@link PdfPrinter}.
 */
@Component
public class PlanPdf {

    private final SpringTemplateEngine templates = PdfPrinter.templates();
    private final PdfPrinter printer;

    @Autowired
    public PlanPdf(@Value("${sujarit.documents.chromium:/usr/bin/chromium}") String chromium) {
        this(chromium, PdfPrinter.TIMEOUT);
    }

    PlanPdf(String chromium, Duration timeout) {
        this.printer = new PdfPrinter(chromium, timeout);
    }

    /**
     * @param locality the district and province the cover gives under the organisation's name
     * @param numerals how the tenant writes numbers, page numbers included
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] render(PlanView plan, String locality, NumeralStyle numerals) {
        return printer.print(html(plan, locality, numerals));
    }

    String html(PlanView plan, String locality, NumeralStyle numerals) {
        Context context = PdfPrinter.context(numerals);
        context.setVariable("doc", PlanDocument.of(plan, locality, numerals));
        context.setVariable("words", new ThaiWords());
        return templates.process("plan/document/plan", context);
    }
}
