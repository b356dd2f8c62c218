package org.sujarit.plan.web;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.plan.document.PlanDocx;
import org.sujarit.plan.document.PlanPdf;
import org.sujarit.plan.document.PlanXlsx;
import org.sujarit.plan.document.RoundXlsx;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** The plan as the official documents: PDF and DOCX in the seed's layout, Part 2 and a round as XLSX. */
@Controller
@RequestMapping("/console/plan/documents")
class PlanDocumentController {

    private static final Logger log = LoggerFactory.getLogger(PlanDocumentController.class);
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = DocumentFiles.XLSX;

    private final PlanPages pages;
    private final PlanPdf pdf;
    private final PlanDocx docx;
    private final PlanXlsx xlsx;
    private final RoundXlsx roundXlsx;
    private final Progress progress;
    private final Clock clock;
    private final Organisations organisations;

    PlanDocumentController(PlanPages pages, PlanPdf pdf, PlanDocx docx, PlanXlsx xlsx, RoundXlsx roundXlsx,
                           Progress progress, Clock clock, Organisations organisations) {
        this.pages = pages;
        this.organisations = organisations;
        this.pdf = pdf;
        this.docx = docx;
        this.xlsx = xlsx;
        this.roundXlsx = roundXlsx;
        this.progress = progress;
        this.clock = clock;
    }

    @GetMapping("/plan.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal TenantMember me) {
        PlanView plan = pages.working(me);
        Organisation organisation = organisations.get(me.tenant());
        return DocumentFiles.file(pdf.render(plan, organisation.locality(), organisation.numerals()),
                MediaType.APPLICATION_PDF, name(plan, "pdf"), true);
    }

    @GetMapping("/plan.docx")
    ResponseEntity<byte[]> docx(@AuthenticationPrincipal TenantMember me) {
        PlanView plan = pages.working(me);
        Organisation organisation = organisations.get(me.tenant());
        return DocumentFiles.file(docx.render(plan, organisation.locality(), organisation.numerals()), DOCX,
                name(plan, "docx"), false);
    }

    @GetMapping("/part2.xlsx")
    ResponseEntity<byte[]> partTwo(@AuthenticationPrincipal TenantMember me) {
        PlanView plan = pages.working(me);
        return DocumentFiles.file(xlsx.partTwo(plan, organisations.numeralStyle(me.tenant())), XLSX,
                "plan-part2-" + plan.header().firstYear() + ".xlsx", false);
    }

    @GetMapping("/round.xlsx")
    ResponseEntity<byte[]> round(@AuthenticationPrincipal TenantMember me, @RequestParam int year, @RequestParam int round) {
        PlanView plan = pages.working(me);
        Round selected = new Round(Math.max(plan.header().firstYear(), Math.min(plan.header().lastYear(), year)),
                round == 2 ? 2 : 1);
        var standing = progress.standing(me.tenant(), plan, selected, LocalDate.now(clock));
        return DocumentFiles.file(roundXlsx.render(plan, standing, organisations.numeralStyle(me.tenant())), XLSX,
                "progress-" + selected.fiscalYear() + "-round" + selected.number() + ".xlsx", false);
    }

    /** Chromium missing or failing: say so plainly instead of a broken download. */
    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "plan.documents.unavailable");
    }

    private static String name(PlanView plan, String extension) {
        return "anti-corruption-plan-" + plan.header().firstYear() + "-" + plan.header().lastYear() + "-r"
                + plan.revisionNumber() + "." + extension;
    }
}
