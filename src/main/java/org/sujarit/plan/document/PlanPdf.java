package org.sujarit.plan.document;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.PdfPrinter;
import org.sujarit.infrastructure.document.ThaiWords;
import org.sujarit.plan.PlanView;
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
     * @param thaiDigits write every digit in Thai (๐–๙), as official copies do
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] render(PlanView plan, boolean thaiDigits) {
        return printer.print(html(plan, thaiDigits));
    }

    String html(PlanView plan, boolean thaiDigits) {
        Context context = new Context();
        context.setVariable("doc", PlanDocument.of(plan, thaiDigits));
        context.setVariable("words", new ThaiWords());
        return templates.process("plan/document/plan", context);
    }
}
