package org.sujarit.plan.document;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.plan.PlanView;
import org.sujarit.shared.NumeralStyle;

/**
 * The plan as a PDF in the official layout: the template {@code plan/document/plan.html}
 * printed by {@link HtmlPdf}.
 */
@Component
public class PlanPdf {

    private static final String TEMPLATE = "plan/document/plan";

    private final HtmlPdf pdf;

    public PlanPdf(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * @param locality the district and province the cover gives under the organisation's name
     * @param numerals how the tenant writes numbers, page numbers included
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] render(PlanView plan, String locality, NumeralStyle numerals) {
        return pdf.print(TEMPLATE, PlanDocument.of(plan, locality, numerals), numerals);
    }

    String html(PlanView plan, String locality, NumeralStyle numerals) {
        return pdf.html(TEMPLATE, PlanDocument.of(plan, locality, numerals), numerals);
    }
}
