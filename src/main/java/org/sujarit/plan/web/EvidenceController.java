package org.sujarit.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.PlanNotFound;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Progress;
import org.sujarit.plan.ProgressEvidence;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.Round;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** Evidence of a report: links and files, added and removed by whoever may report the item. */
@Controller
class EvidenceController {

    private final PlanPages pages;
    private final Progress progress;
    private final ProgressEvidence evidence;
    private final ProgressReporters reporters;

    EvidenceController(PlanPages pages, Progress progress, ProgressEvidence evidence, ProgressReporters reporters) {
        this.pages = pages;
        this.progress = progress;
        this.evidence = evidence;
        this.reporters = reporters;
    }

    @PostMapping("/console/plan/progress/{itemKey}/evidence")
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
    String add(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemKey, @RequestParam int year,
               @RequestParam int round, @ModelAttribute EvidenceForm form,
               @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        PlanView plan = pages.working(me);
        ItemView item = ProgressController.item(plan, itemKey);
        String back = "redirect:/console/plan/progress/" + itemKey + "?year=" + year + "&round=" + round;
        if (!reporters.mayReport(me, item)) {
            throw new PlanNotFound("item");
        }
        ProgressReport report = progress.report(me.tenant(), plan.planId(), itemKey, new Round(year, round)).orElse(null);
        try {
            if (report == null) {
                throw new RuleViolation(null, "progress.evidence.reportFirst");
            }
            if (file != null && !file.isEmpty()) {
                evidence.addFile(me.tenant(), report.id(), form.title(), file.getOriginalFilename(), file.getBytes());
            } else {
                evidence.addLink(me.tenant(), report.id(), form.title(), form.url() == null ? null : form.url().strip());
            }
            redirect.addFlashAttribute("notice", "progress.evidence.added");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return back;
    }

    @GetMapping("/console/plan/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal TenantMember me, @PathVariable UUID evidenceId) {
        ProgressEvidence.EvidenceFile file = evidence.file(me.tenant(), evidenceId).orElseThrow(() -> new PlanNotFound("evidence"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/console/plan/evidence/{evidenceId}/remove")
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
    String remove(@AuthenticationPrincipal TenantMember me, @PathVariable UUID evidenceId, RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        UUID reportId = evidence.reportOfEvidence(me.tenant(), evidenceId).orElseThrow(() -> new PlanNotFound("evidence"));
        UUID itemKey = evidence.itemOfReport(me.tenant(), reportId).orElseThrow(() -> new PlanNotFound("report"));
        ItemView item = ProgressController.item(plan, itemKey);
        if (!reporters.mayReport(me, item)) {
            throw new PlanNotFound("evidence");
        }
        try {
            evidence.removeEvidence(me.tenant(), evidenceId);
            redirect.addFlashAttribute("notice", "progress.evidence.removed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/plan/progress/" + itemKey;
    }
}
