package org.sujarit.disclosure.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.disclosure.Catalogue;
import org.sujarit.disclosure.DisclosureNotFound;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.ItemState;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** The disclosure checklist of a local government as JSON: items, their state, publications and evidence. */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1/orgs/{slug:" + Slugs.PATTERN + "}/disclosures")
@Tag(name = "Public disclosure", description = "What a local government publishes against the ITA checklist")
class DisclosureApiController {

    private final Organisations organisations;
    private final Disclosures disclosures;

    DisclosureApiController(Organisations organisations, Disclosures disclosures) {
        this.organisations = organisations;
        this.disclosures = disclosures;
    }

    record Disclosure(String organisation, int fiscalYear, String checklist, int checklistVersion, BigDecimal readiness,
                      List<Item> items) {
    }

    record Item(String number, String group, String title, String titleEn, String frequency, String state,
                LocalDate nextDue, String publicPage, List<Period> periods) {
    }

    record Period(String period, LocalDate due, List<Published> published) {
    }

    record Published(String title, LocalDate publishedOn, String url, boolean automatic) {
    }

    @GetMapping
    @Operation(summary = "Every checklist item of a fiscal year (default: the current one) with its state and what is published")
    Disclosure disclosures(@PathVariable String slug, @RequestParam(required = false) Integer year) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(() -> new DisclosureNotFound("organisation"));
        FiscalYear fiscalYear = disclosures.year(year);
        Catalogue c = disclosures.catalogue(organisation.id(), slug, fiscalYear);
        return new Disclosure(organisation.nameTh(), fiscalYear.buddhistYear(), c.checklist().code(), c.checklist().version(),
                c.readiness(), c.items().stream().map(i -> item(slug, fiscalYear, i)).toList());
    }

    static Item item(String slug, FiscalYear year, ItemState i) {
        return new Item(i.item().number(), i.item().group().name(), i.item().titleTh(), i.item().titleEn(),
                i.item().frequency().name(), i.state().name(), i.nextDue(),
                "/" + slug + "/disclosure/" + year + "/" + i.item().number(),
                i.periods().stream().map(p -> new Period(p.period(), p.dueDate(), published(slug, p))).toList());
    }

    private static List<Published> published(String slug, ItemState.PeriodState p) {
        return java.util.stream.Stream.concat(
                p.evidence().stream().map(e -> new Published(e.titleTh(), e.publishedOn(), e.path(), true)),
                p.publications().stream().map(pub -> new Published(pub.title(), pub.publishedOn(),
                        pub.linkUrl() != null ? pub.linkUrl()
                                : pub.hasFile() ? "/" + slug + "/disclosure/files/" + pub.id() : null, false)))
                .toList();
    }
}
