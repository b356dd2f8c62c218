package org.sujarit.registers.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.registers.InterestDeclaration;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.registers.InterestPublication;
import org.sujarit.registers.InterestRoles;
import org.sujarit.shared.TenantMember;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's declarations, for the integrity officer and the executive: the year's register (and
 * its workbook), and any declaration — each opening of another person's is audited. The executive
 * chooses here whether the executives' own declarations are published on the portal.
 */
@Controller
@RequestMapping("/console/registers/interests")
@PreAuthorize(InterestRoles.OVERSEERS)
class InterestRegisterController {

    private final InterestDeclarations declarations;
    private final DeclarationDocuments documents;
    private final InterestPublication publication;

    InterestRegisterController(InterestDeclarations declarations, DeclarationDocuments documents,
                               InterestPublication publication) {
        this.declarations = declarations;
        this.documents = documents;
        this.publication = publication;
    }

    @GetMapping
    String register(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        int fiscalYear = year(year);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("current", declarations.currentYear().buddhistYear());
        model.addAttribute("lines", declarations.register(me.tenant(), fiscalYear));
        model.addAttribute("executivesPublished", publication.executivesPublished(me.tenant()));
        return "registers/interest-register";
    }

    /** The executive publishes the executives' own declarations on the portal, or stops. */
    @PostMapping("/publication")
    @PreAuthorize("hasRole('EXECUTIVE')")
    String publish(@AuthenticationPrincipal TenantMember me, @RequestParam boolean publish, RedirectAttributes redirect) {
        publication.publishExecutives(me.tenant(), publish, me.userId());
        redirect.addFlashAttribute("notice", publish ? "interest.publication.published" : "interest.publication.withdrawn");
        return "redirect:/console/registers/interests";
    }

    @GetMapping("/interests.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year) {
        return documents.register(me.tenant(), year(year));
    }

    @GetMapping("/{interestDeclarationId}")
    String declaration(@AuthenticationPrincipal TenantMember me, @PathVariable UUID interestDeclarationId, Model model) {
        InterestDeclaration declaration = declarations.read(me, interestDeclarationId);
        model.addAttribute("declaration", declaration);
        model.addAttribute("pdfHref", "/console/registers/interests/" + interestDeclarationId + "/form.pdf");
        model.addAttribute("backHref", "/console/registers/interests?year=" + declaration.fiscalYear());
        return "registers/interest-declaration";
    }

    @GetMapping("/{interestDeclarationId}/form.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal TenantMember me, @PathVariable UUID interestDeclarationId) {
        return documents.pdf(me, declarations.read(me, interestDeclarationId));
    }

    private int year(Integer year) {
        int current = declarations.currentYear().buddhistYear();
        return year == null || year < 2500 || year > current ? current : year;
    }
}
