package org.sujarit.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskChecks;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.RiskTypes;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** The assessments by year, a year's overview with its heat map and checks, and publication. */
@Controller
@RequestMapping("/console/risk")
class RiskController {

    private final RiskAssessments risks;
    private final RiskPages pages;
    private final Clock clock;

    RiskController(RiskAssessments risks, RiskPages pages, Clock clock) {
        this.risks = risks;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String years(@AuthenticationPrincipal TenantMember me, Model model) {
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        // The NACC's 3×3 of the seed is the default; a 5×5 can be chosen.
        UUID matrix = risks.matrix(RiskMatrix.DEFAULT_CODE).map(RiskMatrix::id).orElse(null);
        model.addAttribute("form", new NewAssessmentForm(year, matrix, null));
        return yearsView(me, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String create(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") NewAssessmentForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (form.fromYear() != null) {
                    risks.carryOver(me.tenant(), form.fromYear(), form.fiscalYear());
                } else {
                    if (form.matrixId() == null) {
                        throw new RuleViolation("matrixId", "risk.matrix.unknown");
                    }
                    risks.create(me.tenant(), form.fiscalYear(), form.matrixId());
                }
                redirect.addFlashAttribute("notice", "risk.created");
                return "redirect:/console/risk/" + form.fiscalYear();
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return yearsView(me, model);
    }

    @GetMapping("/{year}")
    String assessment(@AuthenticationPrincipal TenantMember me, @PathVariable int year, Model model) {
        AssessmentView assessment = pages.assessment(me, year);
        model.addAttribute("assessment", assessment);
        model.addAttribute("heatMap", HeatMap.of(assessment));
        var findings = RiskChecks.check(assessment);
        model.addAttribute("findingCount", findings.size());
        model.addAttribute("findings", FindingsByRisk.of(findings));
        model.addAttribute("changes", Arrays.stream(RiskTypes.Change.values())
                .map(c -> assessment.risks().stream().filter(r -> r.change() == c).count()).toList());
        model.addAttribute("byLight", ByLight.of(assessment));
        model.addAttribute("officer", RiskPages.officer());
        return "risk/assessment";
    }

    @PostMapping("/{year}/publish")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String publish(@AuthenticationPrincipal TenantMember me, @PathVariable int year, RedirectAttributes redirect) {
        pages.assessment(me, year);
        try {
            risks.publish(me.tenant(), year);
            redirect.addFlashAttribute("notice", "risk.published");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/risk/" + year;
    }

    @PostMapping("/{year}/return-to-draft")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String returnToDraft(@AuthenticationPrincipal TenantMember me, @PathVariable int year, RedirectAttributes redirect) {
        pages.assessment(me, year);
        risks.returnToDraft(me.tenant(), year);
        redirect.addFlashAttribute("notice", "risk.returnedToDraft");
        return "redirect:/console/risk/" + year;
    }

    private String yearsView(TenantMember me, Model model) {
        model.addAttribute("years", risks.years(me.tenant()));
        model.addAttribute("matrices", risks.matrices());
        model.addAttribute("officer", RiskPages.officer());
        return "risk/years";
    }

    @Bean
    static ConsoleLink riskConsoleLink() {
        return new ConsoleLink("nav.risk", "/console/risk", List.of("TENANT_ADMIN", "INTEGRITY_OFFICER", "UNIT_STAFF",
                "EXECUTIVE", "INTERNAL_AUDITOR", "COUNCIL_MEMBER"), 50);
    }
}
