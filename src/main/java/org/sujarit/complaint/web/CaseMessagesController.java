package org.sujarit.complaint.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.HandlingCases;
import org.sujarit.complaint.web.CaseForms.NoteForm;
import org.sujarit.complaint.web.CaseForms.ReplyForm;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** Replies to the citizen (or the explanation the 15-day rule asks for) and internal notes, both with files. */
@Controller
@RequestMapping("/console/complaints/{caseId}")
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
class CaseMessagesController {

    private final HandlingCases handling;
    private final CasePages pages;

    CaseMessagesController(HandlingCases handling, CasePages pages) {
        this.handling = handling;
        this.pages = pages;
    }

    @PostMapping("/reply")
    String reply(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                 @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult binding,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        CaseView c = pages.workable(me, caseId);
        if (!binding.hasErrors()) {
            try {
                handling.reply(me.tenant(), caseId, form.text(), form.isExplanation(), Uploads.of(files), me.userId());
                redirect.addFlashAttribute("notice", form.isExplanation() ? "complaint.explained" : "complaint.replied");
                return CaseWorkflowController.back(caseId);
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return pages.show(me, c, null, "reply", model);
    }

    @PostMapping("/note")
    String note(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult binding,
                @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        CaseView c = pages.workable(me, caseId);
        if (!binding.hasErrors()) {
            try {
                handling.note(me.tenant(), caseId, form.text(), Uploads.of(files), me.userId());
                redirect.addFlashAttribute("notice", "complaint.noted");
                return CaseWorkflowController.back(caseId);
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return pages.show(me, c, null, "note", model);
    }
}
