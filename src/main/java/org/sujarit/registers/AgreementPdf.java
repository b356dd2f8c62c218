package org.sujarit.registers;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.shared.NumeralStyle;

/** The signed agreement as PDF in Sarabun: {@link AgreementDocument} placed by {@code registers/agreement-document.html}. */
@Component
public class AgreementPdf {

    static final String TEMPLATE = "registers/agreement-document";

    private final HtmlPdf pdf;

    AgreementPdf(HtmlPdf pdf) {
        this.pdf = pdf;
    }

    /** @throws DocumentUnavailable when Chromium is missing, fails or takes too long */
    public byte[] print(Agreement agreement, String organisation, NumeralStyle numerals) {
        return pdf.print(TEMPLATE, AgreementDocument.of(agreement, organisation, numerals), numerals);
    }

    String html(Agreement agreement, String organisation, NumeralStyle numerals) {
        return pdf.html(TEMPLATE, AgreementDocument.of(agreement, organisation, numerals), numerals);
    }
}
