package org.sujarit.complaint.document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.PdfPrinter;
import org.sujarit.infrastructure.document.ThaiWords;
import org.sujarit.shared.NumeralStyle;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The annual complaint report as PDF: {@link AnnualReport} placed by the template
 * {@code complaint/document/annual-report.html} and printed by {@link PdfPrinter} in Sarabun.
 */
@Component
public class StatisticsPdf {

    private final SpringTemplateEngine templates = PdfPrinter.templates();
    private final PdfPrinter printer;

    public StatisticsPdf(@Value("${sujarit.documents.chromium:/usr/bin/chromium}") String chromium) {
        this.printer = new PdfPrinter(chromium, PdfPrinter.TIMEOUT);
    }

    /**
     * @param numerals the tenant's numeral style, in which every digit is written, page numbers included
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] annualReport(YearStatistics statistics, String organisation, NumeralStyle numerals) {
        return printer.print(html(AnnualReport.of(statistics, organisation, numerals)));
    }

    String html(AnnualReport report) {
        Context context = PdfPrinter.context(report.numerals());
        context.setVariable("doc", report);
        context.setVariable("words", new ThaiWords());
        return templates.process("complaint/document/annual-report", context);
    }
}
