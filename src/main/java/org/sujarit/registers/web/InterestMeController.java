package org.sujarit.registers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.DeclarationCommittees;
import org.sujarit.registers.DeclarationDraft;
import org.sujarit.registers.DeclarationRejected;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * A member of staff's own declarations under {@code /console/me}, which every account of a local
 * government opens: the list, the yearly form, one version and its printed form. Only their own:
 * another person's declaration is not found here.
 */
@Controller
@RequestMapping("/console/me/interests")
class InterestMeController {

    private final InterestDeclarations declarations;
    private final DeclarationCommittees committees;
    private final DeclarationDocuments documents;

    InterestMeController(InterestDeclarations declarations, DeclarationCommittees committees,
                         DeclarationDocuments documents) {
        this.declarations = declarations;
        this.committees = committees;
        this.documents = documents;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("declarations", declarations.mine(me));
        model.addAttribute("seats", committees.seatsOf(me.tenant(), me.userId()));
        model.addAttribute("year", declarations.currentYear().buddhistYear());
        return "registers/interest-mine";
    }

    @GetMapping("/new")
    String form(@AuthenticationPrincipal TenantMember me, Model model) {
        int year = declarations.currentYear().buddhistYear();
        model.addAttribute("form", declarations.mine(me).stream()
                .filter(d -> d.yearly() && d.current() && d.fiscalYear() == year).findFirst()
                .map(DeclarationForm::of).orElseGet(() -> DeclarationForm.blank(year)));
        return formView(model);
    }

    @PostMapping
    String declare(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") DeclarationForm form,
                   BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DeclarationDraft draft = binding.hasErrors() ? null : form.toDraft(binding);
        if (draft != null) {
            try {
                int year = form.fiscalYear() == null ? declarations.currentYear().buddhistYear() : form.fiscalYear();
                UUID id = declarations.declareYear(me, year, draft);
                redirect.addFlashAttribute("notice", "interest.signed");
                return "redirect:/console/me/interests/" + id;
            } catch (DeclarationRejected rejected) {
                rejected.problems().forEach(problem -> DeclarationForm.reject(binding, problem));
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return formView(model);
    }

    @GetMapping("/{interestDeclarationId}")
    String declaration(@AuthenticationPrincipal TenantMember me, @PathVariable UUID interestDeclarationId, Model model) {
        model.addAttribute("declaration", declarations.own(me, interestDeclarationId));
        model.addAttribute("pdfHref", "/console/me/interests/" + interestDeclarationId + "/form.pdf");
        model.addAttribute("backHref", "/console/me/interests");
        return "registers/interest-declaration";
    }

    @GetMapping("/{interestDeclarationId}/form.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal TenantMember me, @PathVariable UUID interestDeclarationId) {
        return documents.pdf(me, declarations.own(me, interestDeclarationId));
    }

    private String formView(Model model) {
        int year = declarations.currentYear().buddhistYear();
        model.addAttribute("years", java.util.List.of(year, year - 1));
        model.addAttribute("kinds", org.sujarit.registers.InterestKind.values());
        model.addAttribute("holders", org.sujarit.registers.InterestHolder.values());
        model.addAttribute("involvements", org.sujarit.registers.InterestInvolvement.values());
        return "registers/interest-form";
    }
}
