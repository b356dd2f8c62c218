package org.sujarit.disclosure.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.disclosure.Catalogue;
import org.sujarit.disclosure.DisclosureGroup;
import org.sujarit.disclosure.DisclosureNotFound;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.ItemState;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.shared.FiscalYear;
import org.sujarit.portal.PortalLink;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * The transparency portal: everything a local government publishes, by the seed's five groups or
 * by the ITA item numbers of the chosen year, searchable in Thai (words are found inside Thai
 * sentences, which have no spaces between words); each item with what it must show and its
 * publications. Rendered on the server; works without script.
 */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/disclosure")
class DisclosurePortalController {

    private final Organisations organisations;
    private final Disclosures disclosures;

    DisclosurePortalController(Organisations organisations, Disclosures disclosures) {
        this.organisations = organisations;
        this.disclosures = disclosures;
    }

    @GetMapping
    String portal(@PathVariable String slug, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "groups") String view, @RequestParam(defaultValue = "") String q, Model model) {
        Organisation organisation = organisation(slug);
        FiscalYear fiscalYear = disclosures.year(year);
        Catalogue catalogue = disclosures.catalogue(organisation.id(), slug, fiscalYear);
        String query = q.strip();
        List<ItemState> shown = query.isEmpty() ? catalogue.items()
                : catalogue.items().stream().filter(i -> matches(i, query)).toList();
        model.addAttribute("organisation", organisation);
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("items", shown);
        model.addAttribute("groups", List.of(DisclosureGroup.values()));
        model.addAttribute("view", "ita".equals(view) ? "ita" : "groups");
        model.addAttribute("q", query);
        model.addAttribute("years", DisclosurePages.years(disclosures.currentYear()));
        return "disclosure/portal";
    }

    @GetMapping("/{year}/{number}")
    String item(@PathVariable String slug, @PathVariable int year, @PathVariable String number, Model model) {
        Organisation organisation = organisation(slug);
        FiscalYear fiscalYear = disclosures.year(year);
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("state", disclosures.item(organisation.id(), slug, fiscalYear, number));
        return "disclosure/portal-item";
    }

    @GetMapping("/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable String slug, @PathVariable UUID id) {
        Organisation organisation = organisation(slug);
        return DisclosurePages.download(disclosures.file(organisation.id(), id, false)
                .orElseThrow(() -> new DisclosureNotFound("file")));
    }

    /** Whether the words typed occur in the item, what it must show, or anything published for it. */
    static boolean matches(ItemState item, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return contains(item.item().number(), q) || contains(item.item().titleTh(), q) || contains(item.item().titleEn(), q)
                || contains(item.item().whatTh(), q)
                || item.periods().stream().anyMatch(p -> p.publications().stream()
                        .anyMatch(pub -> contains(pub.title(), q) || contains(pub.notes(), q))
                        || p.evidence().stream().anyMatch(e -> contains(e.titleTh(), q) || contains(e.titleEn(), q)));
    }

    private static boolean contains(String text, String query) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(query);
    }


    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new DisclosureNotFound("organisation"));
    }

    @Bean
    static PortalLink disclosurePortalLink() {
        return new PortalLink("portal.disclosure", "/disclosure", "portal.disclosureDescription", 5);
    }
}
