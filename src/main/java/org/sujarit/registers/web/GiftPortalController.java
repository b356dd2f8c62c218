package org.sujarit.registers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.portal.PortalLink;
import org.sujarit.registers.GiftDocuments;
import org.sujarit.registers.GiftNotFound;
import org.sujarit.registers.GiftPolicyDeclaration;
import org.sujarit.registers.GiftPolicyDeclarations;
import org.sujarit.registers.Gifts;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * What the register publishes on the portal: the yearly report of gifts received (O22), counts and
 * values by category, value band and action with no name and no free text, and the executive's
 * signed No Gift declaration (O21), as a page and as PDF.
 */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}")
class GiftPortalController {

    private final Organisations organisations;
    private final Gifts gifts;
    private final GiftPolicyDeclarations declarations;
    private final GiftDocuments documents;
    private final GiftPages pages;

    GiftPortalController(Organisations organisations, Gifts gifts, GiftPolicyDeclarations declarations,
                         GiftDocuments documents, GiftPages pages) {
        this.organisations = organisations;
        this.gifts = gifts;
        this.declarations = declarations;
        this.documents = documents;
        this.pages = pages;
    }

    @GetMapping("/gifts")
    String report(@PathVariable String slug, @RequestParam(required = false) Integer year, Model model) {
        Organisation organisation = organisation(slug);
        FiscalYear shown = pages.year(year);
        model.addAttribute("organisation", organisation);
        model.addAttribute("current", pages.currentYear());
        model.addAttribute("report", gifts.yearReport(organisation.id(), shown));
        return "registers/gift-portal-report";
    }

    @GetMapping("/no-gift")
    String declaration(@PathVariable String slug, @RequestParam(required = false) Integer year, Model model) {
        Organisation organisation = organisation(slug);
        FiscalYear shown = pages.year(year);
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", shown);
        model.addAttribute("current", pages.currentYear());
        model.addAttribute("declaration", declarations.find(organisation.id(), shown).orElse(null));
        return "registers/gift-portal-policy";
    }

    @GetMapping("/no-gift/declaration.pdf")
    ResponseEntity<byte[]> declarationPdf(@PathVariable String slug, @RequestParam(required = false) Integer year) {
        Organisation organisation = organisation(slug);
        GiftPolicyDeclaration declaration = declarations.find(organisation.id(), pages.year(year))
                .orElseThrow(GiftNotFound::new);
        return DocumentFiles.file(documents.declaration(declaration, organisation), MediaType.APPLICATION_PDF,
                "no-gift-" + declaration.year().buddhistYear() + ".pdf", true);
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(GiftNotFound::new);
    }

    @Bean
    static PortalLink giftReportPortalLink() {
        return new PortalLink("portal.giftReport", "/gifts", "portal.giftReportDescription", 70);
    }

    @Bean
    static PortalLink noGiftPortalLink() {
        return new PortalLink("portal.noGift", "/no-gift", "portal.noGiftDescription", 69);
    }
}
