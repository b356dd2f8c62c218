package org.sujarit.risk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.document.RiskPdf;
import org.sujarit.risk.document.RiskXlsx;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/**
 * A year's assessment as documents, for every staff role that may read it: the report (Part 1 of
 * the seed) as PDF and XLSX, and the internal-control forms ปค.๕ and its follow-up as PDF and XLSX.
 */
@Controller
@RequestMapping("/console/risk/{year}/documents")
class RiskDocumentController {

    private static final Logger log = LoggerFactory.getLogger(RiskDocumentController.class);

    private final RiskPages pages;
    private final Organisations organisations;
    private final RiskPdf pdf;
    private final RiskXlsx xlsx;

    RiskDocumentController(RiskPages pages, Organisations organisations, RiskPdf pdf, RiskXlsx xlsx) {
        this.pages = pages;
        this.organisations = organisations;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @GetMapping("/assessment.pdf")
    ResponseEntity<byte[]> assessmentPdf(@AuthenticationPrincipal TenantMember me, @PathVariable int year) {
        AssessmentView assessment = pages.assessment(me, year);
        return DocumentFiles.file(pdf.assessment(assessment, organisation(me), numerals(me)), MediaType.APPLICATION_PDF,
                "การประเมินความเสี่ยงการทุจริต-" + year + ".pdf");
    }

    @GetMapping("/assessment.xlsx")
    ResponseEntity<byte[]> assessmentXlsx(@AuthenticationPrincipal TenantMember me, @PathVariable int year) {
        AssessmentView assessment = pages.assessment(me, year);
        return DocumentFiles.file(xlsx.assessment(assessment, organisation(me), numerals(me)), DocumentFiles.XLSX,
                "ทะเบียนความเสี่ยงการทุจริต-" + year + ".xlsx");
    }

    @GetMapping("/pk5.pdf")
    ResponseEntity<byte[]> controlEvaluation(@AuthenticationPrincipal TenantMember me, @PathVariable int year) {
        AssessmentView assessment = pages.assessment(me, year);
        return DocumentFiles.file(pdf.controlEvaluation(assessment, organisation(me), numerals(me)),
                MediaType.APPLICATION_PDF, "แบบ-ปค5-" + year + ".pdf");
    }

    /** @param round 1 (six months) or 2 (twelve months); anything else is taken as 1 */
    @GetMapping("/pk5-followup.pdf")
    ResponseEntity<byte[]> controlFollowUp(@AuthenticationPrincipal TenantMember me, @PathVariable int year,
                                           @RequestParam(defaultValue = "1") int round) {
        AssessmentView assessment = pages.assessment(me, year);
        int chosen = round == 2 ? 2 : 1;
        return DocumentFiles.file(pdf.controlFollowUp(assessment, organisation(me), chosen, numerals(me)),
                MediaType.APPLICATION_PDF, "แบบติดตาม-ปค5-" + year + "-รอบ" + chosen + ".pdf");
    }

    @GetMapping("/pk5.xlsx")
    ResponseEntity<byte[]> controlForms(@AuthenticationPrincipal TenantMember me, @PathVariable int year) {
        AssessmentView assessment = pages.assessment(me, year);
        return DocumentFiles.file(xlsx.controlForms(assessment, organisation(me), numerals(me)), DocumentFiles.XLSX,
                "แบบ-ปค5-และแบบติดตาม-" + year + ".xlsx");
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "risk.documents.unavailable");
    }

    private String organisation(TenantMember me) {
        return organisations.get(me.tenant()).nameTh();
    }

    private NumeralStyle numerals(TenantMember me) {
        return organisations.numeralStyle(me.tenant());
    }
}
