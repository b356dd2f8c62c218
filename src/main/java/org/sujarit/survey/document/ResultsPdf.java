package org.sujarit.survey.document;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.survey.Results;
import org.sujarit.survey.Survey;

/**
 * The report of a survey's results as PDF: {@link ResultsReport} placed by the template
 * {@code survey/document/results-report.html} and printed by {@link HtmlPdf} in Sarabun.
 */
@Component
public class ResultsPdf {

    private final HtmlPdf pdf;

    ResultsPdf(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * @param period   the period the results cover, in words
     * @param asOf     the line under the title, e.g. "ข้อมูล ณ วันที่ …"
     * @throws DocumentUnavailable when Chromium is missing, fails or takes too long
     */
    public byte[] report(Survey survey, Results results, String organisation, String period, String asOf,
                         NumeralStyle numerals) {
        return pdf.print("survey/document/results-report",
                ResultsReport.of(survey, results, organisation, period, asOf, numerals), numerals);
    }
}
