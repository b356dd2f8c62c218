package org.sujarit.registers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.portal.PortalLink;
import org.sujarit.registers.DeclarationNotFound;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.registers.InterestPublication;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** The executives' declarations of interests of the year, on the portal when the executive has chosen to publish them. */
@Controller
@ReadsFromReplica
class InterestPortalController {

    private final Organisations organisations;
    private final InterestPublication publication;
    private final InterestDeclarations declarations;

    InterestPortalController(Organisations organisations, InterestPublication publication,
                             InterestDeclarations declarations) {
        this.organisations = organisations;
        this.publication = publication;
        this.declarations = declarations;
    }

    @GetMapping("/{slug:" + Slugs.PATTERN + "}/interests")
    String executives(@PathVariable String slug, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(() -> new DeclarationNotFound("organisation"));
        int year = declarations.currentYear().buddhistYear();
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", year);
        model.addAttribute("published", publication.executivesPublished(organisation.id()));
        model.addAttribute("executives", publication.executives(organisation.id(), year));
        return "registers/interest-portal";
    }

    @Bean
    static PortalLink executiveInterestsPortalLink() {
        return new PortalLink("interest.publication.portalLink", "/interests", "interest.publication.portalDescription", 71);
    }
}
