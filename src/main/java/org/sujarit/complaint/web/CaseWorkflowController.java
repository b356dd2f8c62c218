package org.sujarit.complaint.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.complaint.CaseAccess;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.HandlingCases;
import org.sujarit.complaint.web.CaseForms.CauseForm;
import org.sujarit.complaint.web.CaseForms.DuplicateForm;
import org.sujarit.complaint.web.CaseForms.MoveForm;
import org.sujarit.complaint.web.CaseForms.PriorityForm;
import org.sujarit.complaint.web.CaseForms.ReopenForm;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** The steps of a case's workflow, each with its reason, and the officer's priority, duplicate link, reopening and cause analysis. */
@Controller
@RequestMapping("/console/complaints/{caseId}")
class CaseWorkflowController {

    private final HandlingCases handling;
    private final CasePages pages;
    private final CaseAccess access;

    CaseWorkflowController(HandlingCases handling, CasePages pages, CaseAccess access) {
        this.handling = handling;
        this.pages = pages;
        this.access = access;
    }

    @PostMapping("/move")
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
    String move(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult binding, HttpServletRequest request,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CaseView c = pages.readable(me, caseId);
        if (!access.handles(me) && !access.works(me, c)) {
            throw new AccessDeniedException("Not a case of the viewer's unit");
        }
        if (!binding.hasErrors()) {
            try {
                if (!access.steps(me, c).contains(form.to())) {
                    throw new RuleViolation("to", "complaint.move.notAllowed");
                }
                String message = CasePages.MESSAGE_REQUIRED.contains(form.to()) ? form.message() : null;
                handling.move(me.tenant(), caseId, form.to(), form.reason(), message,
                        form.to() == CaseStatus.ASSIGNED ? form.unitId() : null, me.userId());
                redirect.addFlashAttribute("notice", "complaint.moved");
                return back(caseId);
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return again(me, c, "move-" + request.getParameter("to"), model, response);
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String reopen(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                  @Valid @ModelAttribute("reopenForm") ReopenForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return officerStep(me, caseId, binding, model, response, redirect, "reopen", "complaint.reopened",
                () -> handling.reopen(me.tenant(), caseId, form.reason(), me.userId()));
    }

    @PostMapping("/priority")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String priority(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                    @Valid @ModelAttribute("priorityForm") PriorityForm form, BindingResult binding, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return officerStep(me, caseId, binding, model, response, redirect, "priority", "complaint.prioritySet",
                () -> handling.setPriority(me.tenant(), caseId, form.priority(), me.userId()));
    }

    @PostMapping("/duplicate")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String duplicate(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                     @Valid @ModelAttribute("duplicateForm") DuplicateForm form, BindingResult binding, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        return officerStep(me, caseId, binding, model, response, redirect, "duplicate", "complaint.duplicateSaved",
                () -> handling.markDuplicate(me.tenant(), caseId, form.originalNumber(), access.scope(me), me.userId()));
    }

    @PostMapping("/cause")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String cause(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                 @Valid @ModelAttribute("causeForm") CauseForm form, BindingResult binding, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return officerStep(me, caseId, binding, model, response, redirect, "cause", "complaint.causeSaved",
                () -> handling.analyseCause(me.tenant(), caseId, form.cause(), form.riskId(), form.preventiveMeasure(), me.userId()));
    }

    /**
     * One of the officer's tools on a readable case: runs it unless the form already has errors; a
     * broken rule shows the case again with the form open and what was typed.
     */
    private String officerStep(TenantMember me, UUID caseId, BindingResult binding, Model model, HttpServletResponse response,
                               RedirectAttributes redirect, String active, String notice, Runnable step) {
        CaseView c = pages.readable(me, caseId);
        if (!binding.hasErrors()) {
            try {
                step.run();
                redirect.addFlashAttribute("notice", notice);
                return back(caseId);
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        return again(me, c, active, model, response);
    }

    private String again(TenantMember me, CaseView c, String active, Model model, HttpServletResponse response) {
        FormErrors.unprocessable(response);
        return pages.show(me, c, null, active, model);
    }

    static String back(UUID caseId) {
        return "redirect:/console/complaints/" + caseId;
    }
}
