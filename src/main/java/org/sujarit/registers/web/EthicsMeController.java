package org.sujarit.registers.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.registers.EthicsCodes;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** A person reads the code of ethics in force and acknowledges having read it, again for each new version. */
@Controller
@RequestMapping("/console/me/ethics")
class EthicsMeController {

    private final EthicsCodes codes;

    EthicsMeController(EthicsCodes codes) {
        this.codes = codes;
    }

    @GetMapping
    String code(@AuthenticationPrincipal TenantMember me, Model model) {
        var code = codes.inForce(me.tenant());
        model.addAttribute("code", code.orElse(null));
        model.addAttribute("acknowledgedAt", code.flatMap(c -> codes.acknowledgedAt(me.tenant(), me.userId(), c.id())).orElse(null));
        return "registers/ethics-me";
    }

    @PostMapping
    String acknowledge(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") EthicsAcknowledgeForm form,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            codes.acknowledge(me.tenant(), me.userId(), form.version());
            redirect.addFlashAttribute("notice", "ethics.acknowledged");
            return "redirect:/console/me/ethics";
        } catch (RuleViolation violation) {
            response.setStatus(422);
            model.addAttribute("problem", violation.messageKey());
            return code(me, model);
        }
    }
}
