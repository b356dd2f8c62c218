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
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.risk.ControlSelfAssessments;
import org.sujarit.risk.RiskNotFound;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.risk.document.SelfAssessmentPdf;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** A year's ปค.๔ as the official PDF, once anything of it has been saved. */
@Controller
class SelfAssessmentPdfController {

    private static final Logger log = LoggerFactory.getLogger(SelfAssessmentPdfController.class);

    private final ControlSelfAssessments assessments;
    private final Organisations organisations;
    private final SelfAssessmentPdf pdf;

    SelfAssessmentPdfController(ControlSelfAssessments assessments, Organisations organisations, SelfAssessmentPdf pdf) {
        this.assessments = assessments;
        this.organisations = organisations;
        this.pdf = pdf;
    }

    @GetMapping("/console/risk/self-assessment/{year}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal TenantMember me, @PathVariable int year) {
        SelfAssessment assessment = assessments.view(me.tenant(), year);
        if (!assessment.started()) {
            throw new RiskNotFound("self-assessment");
        }
        Organisation organisation = organisations.get(me.tenant());
        byte[] document = pdf.render(assessment, organisation.nameTh(), organisation.numerals());
        return DocumentFiles.file(document, MediaType.APPLICATION_PDF, "pk4-" + year + ".pdf");
    }

    /** Chromium missing or failing: say so plainly instead of a broken download. */
    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "pk4.pdf.unavailable");
    }
}
