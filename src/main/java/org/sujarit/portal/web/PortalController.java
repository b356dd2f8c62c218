package org.sujarit.portal.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.portal.PortalLink;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;
import org.sujarit.tenant.Units;

/** What a citizen sees without signing in. */
@Controller
@ReadsFromReplica
class PortalController {

    private final Organisations organisations;
    private final Units units;
    private final List<PortalLink> sections;

    PortalController(Organisations organisations, Units units, ObjectProvider<PortalLink> sections) {
        this.organisations = organisations;
        this.units = units;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PortalLink::order)).toList();
    }

    @GetMapping("/")
    String directory(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "portal/directory";
    }

    @GetMapping("/{slug:" + Slugs.PATTERN + "}")
    String portal(@PathVariable String slug, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(() -> new OrganisationNotFound(slug));
        model.addAttribute("organisation", organisation);
        model.addAttribute("units", units.activeTree(organisation.id()));
        model.addAttribute("sections", sections);
        return "portal/home";
    }
}
