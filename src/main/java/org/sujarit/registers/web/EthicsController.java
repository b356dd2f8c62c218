package org.sujarit.registers.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.EthicsCode;
import org.sujarit.registers.EthicsCodeDraft;
import org.sujarit.registers.EthicsCodes;
import org.sujarit.registers.EthicsNotFound;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * The code of ethics in the console: its versions, who has and has not acknowledged the one in
 * force (counts per unit and the list), and a new version published by the integrity officer.
 */
@Controller
@RequestMapping("/console/registers/ethics")
@PreAuthorize(AgreementRoles.READERS)
class EthicsController {

    private final EthicsCodes codes;

    EthicsController(EthicsCodes codes) {
        this.codes = codes;
    }

    @GetMapping
    String codes(@AuthenticationPrincipal TenantMember me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EthicsCodeForm(null, null, null));
        }
        model.addAttribute("versions", codes.versions(me.tenant()));
        model.addAttribute("report", codes.inForce(me.tenant()).map(code -> codes.report(me.tenant(), code)).orElse(null));
        model.addAttribute("officer", AgreementRoles.officer());
        return "registers/ethics-console";
    }

    @PostMapping
    @PreAuthorize(AgreementRoles.OFFICER)
    String publish(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") EthicsCodeForm form, BindingResult binding,
                   @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        LocalDate effectiveOn = FormErrors.date(binding, "effectiveOn", form.effectiveOn());
        if (!binding.hasErrors()) {
            try {
                boolean hasFile = file != null && !file.isEmpty();
                codes.publish(me.tenant(), new EthicsCodeDraft(form.title(), form.body(), effectiveOn,
                        hasFile ? file.getOriginalFilename() : null, hasFile ? file.getBytes() : null), me.userId());
                redirect.addFlashAttribute("notice", "ethics.published");
                return "redirect:/console/registers/ethics";
            } catch (RuleViolation violation) {
                if ("file".equals(violation.field())) {
                    model.addAttribute("fileProblem", violation.messageKey());
                } else {
                    FormErrors.reject(binding, violation);
                }
            }
        }
        FormErrors.unprocessable(response);
        return codes(me, model);
    }

    @GetMapping("/{codeId}/code.pdf")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal TenantMember me, @PathVariable UUID codeId) {
        EthicsCode code = codes.version(me.tenant(), codeId).orElseThrow(EthicsNotFound::new);
        byte[] content = codes.file(me.tenant(), codeId).orElseThrow(EthicsNotFound::new);
        return DocumentFiles.file(content, MediaType.APPLICATION_PDF, code.fileName());
    }
}
