package org.sujarit.complaint.document;

import org.springframework.stereotype.Component;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.shared.NumeralStyle;

/**
 * The annual complaint report as PDF: {@link AnnualReport} placed by the template
 * {@code complaint/document/annual-report.html} and printed by {@link HtmlPdf} in Sarabun.
 */
@Component
public class StatisticsPdf {

    private final HtmlPdf pdf;

    public StatisticsPdf(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * @param numerals the tenant's numeral style, in which every digit is written, page numbers included
     * @throws DocumentUnavailable when Chromium is missing, fails or takes longer than a minute
     */
    public byte[] annualReport(YearStatistics statistics, String organisation, NumeralStyle numerals) {
        return pdf.print("complaint/document/annual-report", AnnualReport.of(statistics, organisation, numerals), numerals);
    }

    String html(AnnualReport report) {
        return pdf.html("complaint/document/annual-report", report, report.numerals());
    }
}
