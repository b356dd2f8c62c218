package org.sujarit.risk.document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.PdfPrinter;
import org.sujarit.infrastructure.document.ThaiWords;
import org.sujarit.risk.AssessmentView;
import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The risk documents as PDF: the assessment report (Part 1 of the seed, public) from
 * {@code risk/document/assessment.html}, and ปค.๕ and its follow-up (internal) from
 * {@code risk/document/control.html}, printed by {@link PdfPrinter}.
 *
 * <p>Every method throws {@link DocumentUnavailable} when Chromium is missing, fails or takes
 * longer than a minute; {@code numerals}, the tenant's numeral style, writes every digit of the
 * document, page numbers included.
 */
@Component
public class RiskPdf {

    private final SpringTemplateEngine templates = PdfPrinter.templates();
    private final PdfPrinter printer;

    public RiskPdf(@Value("${sujarit.documents.chromium:/usr/bin/chromium}") String chromium) {
        this.printer = new PdfPrinter(chromium, PdfPrinter.TIMEOUT);
    }

    /** The assessment report, which leaves out every internal note and so may be published. */
    public byte[] assessment(AssessmentView assessment, String organisation, NumeralStyle numerals) {
        return printer.print(html(AssessmentReport.of(assessment, organisation, numerals)));
    }

    public byte[] controlEvaluation(AssessmentView assessment, String organisation, NumeralStyle numerals) {
        return printer.print(html(ControlForm.evaluation(assessment, organisation, numerals)));
    }

    /** @param round 1 (six months) or 2 (twelve months) */
    public byte[] controlFollowUp(AssessmentView assessment, String organisation, int round, NumeralStyle numerals) {
        return printer.print(html(ControlForm.followUp(assessment, organisation, round, numerals)));
    }

    String html(AssessmentReport report) {
        return process("risk/document/assessment", report, report.numerals());
    }

    String html(ControlForm form) {
        return process("risk/document/control", form, form.numerals());
    }

    private String process(String template, Object document, NumeralStyle numerals) {
        Context context = PdfPrinter.context(numerals);
        context.setVariable("doc", document);
        context.setVariable("words", new ThaiWords());
        return templates.process(template, context);
    }
}
