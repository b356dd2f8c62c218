package org.sujarit.risk.document;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.risk.AssessmentView;
import org.sujarit.shared.NumeralStyle;

/**
 * The risk documents as PDF: the assessment report (Part 1 of the seed, public) from
 * {@code risk/document/assessment.html}, and ปค.๕ and its follow-up (internal) from
 * {@code risk/document/control.html}, printed by {@link HtmlPdf}.
 *
 * <p>Every method throws {@link DocumentUnavailable} when Chromium is missing, fails or takes
 * longer than a minute; {@code numerals}, the tenant's numeral style, writes every digit of the
 * document, page numbers included.
 */
@Component
public class RiskPdf {

    private final HtmlPdf pdf;

    public RiskPdf(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    /** The assessment report, which leaves out every internal note and so may be published. */
    public byte[] assessment(AssessmentView assessment, String organisation, NumeralStyle numerals) {
        return pdf.print("risk/document/assessment", AssessmentReport.of(assessment, organisation, numerals), numerals);
    }

    public byte[] controlEvaluation(AssessmentView assessment, String organisation, NumeralStyle numerals) {
        return pdf.print("risk/document/control", ControlForm.evaluation(assessment, organisation, numerals), numerals);
    }

    /** @param round 1 (six months) or 2 (twelve months) */
    public byte[] controlFollowUp(AssessmentView assessment, String organisation, int round, NumeralStyle numerals) {
        return pdf.print("risk/document/control", ControlForm.followUp(assessment, organisation, round, numerals), numerals);
    }

    String html(AssessmentReport report) {
        return pdf.html("risk/document/assessment", report, report.numerals());
    }
}
