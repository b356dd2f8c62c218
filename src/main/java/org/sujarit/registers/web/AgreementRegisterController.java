package org.sujarit.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.Agreement;
import org.sujarit.registers.AgreementRegister;
import org.sujarit.registers.AgreementRow;
import org.sujarit.registers.AgreementState;
import org.sujarit.registers.AgreementXlsx;
import org.sujarit.registers.DraftingAgreements;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.shared.ThaiDates;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The year's agreements for the integrity officer and the executive: each active account with the
 * state of its agreement, the workbook, one agreement's page and PDF (each opening audited), and
 * the date by which the year's agreements are to be signed (the officer's).
 */
@Controller
@RequestMapping(AgreementPages.REGISTER)
@PreAuthorize(AgreementRoles.READERS)
class AgreementRegisterController {

    private static final Logger log = LoggerFactory.getLogger(AgreementRegisterController.class);

    private final AgreementRegister register;
    private final DraftingAgreements drafting;
    private final AgreementPages pages;
    private final AgreementXlsx xlsx;
    private final Organisations organisations;
    private final Clock clock;

    AgreementRegisterController(AgreementRegister register, DraftingAgreements drafting, AgreementPages pages,
                                AgreementXlsx xlsx, Organisations organisations, Clock clock) {
        this.register = register;
        this.drafting = drafting;
        this.pages = pages;
        this.xlsx = xlsx;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String year(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        int shown = AgreementYears.resolve(year, clock);
        if (!model.containsAttribute("signByForm")) {
            model.addAttribute("signByForm", new AgreementSignByForm(shown,
                    register.signBy(me.tenant(), shown).map(ThaiDates::numericDate).orElse(null)));
        }
        List<AgreementRow> rows = register.year(me.tenant(), shown);
        Map<AgreementState, Long> counts = rows.stream().collect(Collectors.groupingBy(AgreementRow::state, Collectors.counting()));
        model.addAttribute("year", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("states", Arrays.stream(AgreementState.values())
                .collect(Collectors.toMap(Function.identity(), s -> counts.getOrDefault(s, 0L), (a, b) -> a,
                        () -> new java.util.EnumMap<>(AgreementState.class))));
        model.addAttribute("signBy", register.signBy(me.tenant(), shown).orElse(null));
        model.addAttribute("officer", AgreementRoles.officer());
        return "registers/agreement-register";
    }

    @PostMapping("/sign-by")
    @PreAuthorize(AgreementRoles.OFFICER)
    String signBy(@AuthenticationPrincipal TenantMember me, @ModelAttribute("signByForm") AgreementSignByForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        int year = AgreementYears.resolve(form.year(), clock);
        LocalDate date = FormErrors.date(binding, "signBy", form.signBy());
        if (!binding.hasErrors()) {
            try {
                drafting.setSignBy(me.tenant(), year, date);
                redirect.addFlashAttribute("notice", "agreement.signBySaved");
                return "redirect:" + AgreementPages.REGISTER + "?year=" + year;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return year(me, year, model);
    }

    @GetMapping("/year.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year) {
        int shown = AgreementYears.resolve(year, clock);
        Organisation organisation = organisations.get(me.tenant());
        return DocumentFiles.file(xlsx.workbook(register.year(me.tenant(), shown), shown, organisation.nameTh(),
                organisation.numerals()), DocumentFiles.XLSX, "ข้อตกลงการปฏิบัติราชการ-" + shown + ".xlsx");
    }

    @GetMapping("/{agreementId}")
    String agreement(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId, Model model) {
        Agreement agreement = register.open(me.tenant(), agreementId, me.userId(), true);
        return pages.view(me, agreement, AgreementPages.REGISTER, model);
    }

    @GetMapping("/{agreementId}/agreement.pdf")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId) {
        return pages.document(me, register.open(me.tenant(), agreementId, me.userId(), true));
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "agreement.pdfUnavailable");
    }
}
