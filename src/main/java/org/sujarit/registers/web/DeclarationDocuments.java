package org.sujarit.registers.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.registers.DeclarationCommittee;
import org.sujarit.registers.DeclarationCommittees;
import org.sujarit.registers.DeclarationPrint;
import org.sujarit.registers.InterestDeclaration;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** The declaration form as PDF in Sarabun, and the year's register as a workbook. */
@Component
class DeclarationDocuments {

    private final HtmlPdf pdf;
    private final Organisations organisations;
    private final DeclarationCommittees committees;
    private final InterestDeclarations declarations;

    DeclarationDocuments(HtmlPdf pdf, Organisations organisations, DeclarationCommittees committees,
                         InterestDeclarations declarations) {
        this.pdf = pdf;
        this.organisations = organisations;
        this.committees = committees;
        this.declarations = declarations;
    }

    ResponseEntity<byte[]> pdf(TenantMember me, InterestDeclaration d) {
        Organisation organisation = organisations.find(me.tenant()).orElseThrow();
        String work = d.yearly() ? null : committees.seatsOf(me.tenant(), d.userId()).stream()
                .filter(s -> s.purchaseId().equals(d.purchaseId())).findFirst()
                .map(s -> committees.committee(me.tenant(), s.fiscalYear(), s.fiscalMonth(), s.purchaseId()))
                .map(DeclarationCommittee::purchase).map(p -> p.details().work()).orElse("-");
        byte[] content = pdf.print("registers/interest-form-pdf", DeclarationPrint.form(d, organisation.nameTh(), work),
                organisation.numerals());
        return DocumentFiles.file(content, MediaType.APPLICATION_PDF, "interest-" + d.fiscalYear() + "-" + d.version() + ".pdf");
    }

    ResponseEntity<byte[]> register(TenantId tenant, int fiscalYear) {
        Organisation organisation = organisations.find(tenant).orElseThrow();
        byte[] content = DeclarationPrint.register(declarations.register(tenant, fiscalYear), fiscalYear,
                organisation.nameTh(), organisation.numerals());
        return DocumentFiles.file(content, DocumentFiles.XLSX, "interests-" + fiscalYear + ".xlsx");
    }
}
