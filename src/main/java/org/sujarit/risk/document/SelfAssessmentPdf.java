package org.sujarit.risk.document;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.shared.NumeralStyle;

/**
 * The ปค.๔ as a PDF in the layout of the Ministry of Finance standard 2561: the template
 * {@code risk/document/self-assessment.html} printed by {@link HtmlPdf}.
 */
@Component
public class SelfAssessmentPdf {

    private final HtmlPdf pdf;

    public SelfAssessmentPdf(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * @param organisation the local government's name, as the form's heading
     * @param numerals     the tenant's numeral style, in which every digit is written
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] render(SelfAssessment assessment, String organisation, NumeralStyle numerals) {
        return pdf.print("risk/document/self-assessment", SelfAssessmentDocument.of(assessment, organisation, numerals),
                numerals);
    }
}
