package org.sujarit.risk.document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.PdfPrinter;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The ปค.๔ as a PDF in the layout of the Ministry of Finance standard 2561: the template
 * {@code risk/document/self-assessment.html} printed by {@link PdfPrinter}.
 */
@Component
public class SelfAssessmentPdf {

    private final SpringTemplateEngine templates = PdfPrinter.templates();
    private final PdfPrinter printer;

    public SelfAssessmentPdf(@Value("${sujarit.documents.chromium:/usr/bin/chromium}") String chromium) {
        this.printer = new PdfPrinter(chromium, PdfPrinter.TIMEOUT);
    }

    /**
     * @param organisation the local government's name, as the form's heading
     * @param numerals     the tenant's numeral style, in which every digit is written
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] render(SelfAssessment assessment, String organisation, NumeralStyle numerals) {
        return printer.print(html(assessment, organisation, numerals));
    }

    String html(SelfAssessment assessment, String organisation, NumeralStyle numerals) {
        Context context = PdfPrinter.context(numerals);
        context.setVariable("doc", SelfAssessmentDocument.of(assessment, organisation, numerals));
        return templates.process("risk/document/self-assessment", context);
    }
}
