package org.sujarit.risk.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
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
        ContentDisposition disposition = ContentDisposition.inline()
                .filename("pk4-" + year + ".pdf", StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString()).body(document);
    }

    /** Chromium missing or failing: say so plainly instead of a broken download. */
    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        log.warn("ปค.๔ PDF could not be rendered: {}", e.getMessage());
        return new ModelAndView("error/page", Map.of("status", 503, "messageKey", "503",
                "detailKey", "pk4.pdf.unavailable"), HttpStatus.SERVICE_UNAVAILABLE);
    }
}
