package org.sujarit.disclosure.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.sujarit.disclosure.Catalogue;
import org.sujarit.disclosure.DisclosureNotFound;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.ItemState;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.OpenDataset;
import org.sujarit.portal.PortalLink;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * Open data of a local government: a page listing every dataset the modules publish, the disclosure
 * checklist of each year as CSV and JSON, and a DCAT catalogue (JSON-LD) for harvesting.
 */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/open-data")
class OpenDataController {

    private final Organisations organisations;
    private final Disclosures disclosures;
    private final ObjectProvider<OpenDataset.Source> sources;

    OpenDataController(Organisations organisations, Disclosures disclosures, ObjectProvider<OpenDataset.Source> sources) {
        this.organisations = organisations;
        this.disclosures = disclosures;
        this.sources = sources;
    }

    @GetMapping
    String page(@PathVariable String slug, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("datasets", datasets(organisation, slug));
        return "disclosure/open-data";
    }

    @GetMapping(value = "/catalog.json", produces = "application/ld+json")
    @ResponseBody
    Map<String, Object> catalog(@PathVariable String slug, HttpServletRequest request) {
        Organisation organisation = organisation(slug);
        String base = ServletUriComponentsBuilder.fromContextPath(request).replacePath("").build().toUriString();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (OpenDataset d : datasets(organisation, slug)) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("@type", "dcat:Dataset");
            dataset.put("@id", base + "/" + slug + "/open-data#" + d.id());
            dataset.put("dct:identifier", slug + "/" + d.id());
            dataset.put("dct:title", List.of(Map.of("@language", "th", "@value", d.titleTh()),
                    Map.of("@language", "en", "@value", d.titleEn())));
            dataset.put("dct:description", List.of(Map.of("@language", "th", "@value", d.descriptionTh()),
                    Map.of("@language", "en", "@value", d.descriptionEn())));
            dataset.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", organisation.nameTh()));
            if (d.modified() != null) {
                dataset.put("dct:modified", d.modified().toString());
            }
            dataset.put("dct:language", "th");
            dataset.put("dcat:distribution", d.distributions().stream().map(f -> Map.of("@type", "dcat:Distribution",
                    "dcat:downloadURL", base + f.path(), "dcat:mediaType", f.mediaType(), "dct:format", f.format())).toList());
            datasets.add(dataset);
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
                "foaf", "http://xmlns.com/foaf/0.1/"));
        catalog.put("@type", "dcat:Catalog");
        catalog.put("@id", base + "/" + slug + "/open-data/catalog.json");
        catalog.put("dct:title", "ข้อมูลเปิด " + organisation.nameTh());
        catalog.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", organisation.nameTh()));
        catalog.put("dcat:dataset", datasets);
        return catalog;
    }

    @GetMapping("/disclosures-{year}.json")
    @ResponseBody
    DisclosureApiController.Disclosure json(@PathVariable String slug, @PathVariable int year) {
        Organisation organisation = organisation(slug);
        FiscalYear fiscalYear = disclosures.year(year);
        Catalogue c = disclosures.catalogue(organisation.id(), slug, fiscalYear);
        return new DisclosureApiController.Disclosure(organisation.nameTh(), year, c.checklist().code(), c.checklist().version(),
                c.readiness(), c.items().stream().map(i -> DisclosureApiController.item(slug, fiscalYear, i)).toList());
    }

    @GetMapping("/disclosures-{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable int year) {
        Organisation organisation = organisation(slug);
        FiscalYear fiscalYear = disclosures.year(year);
        Catalogue c = disclosures.catalogue(organisation.id(), slug, fiscalYear);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ปีงบประมาณ", "ข้อ", "หมวด", "รายการ", "ความถี่", "งวด", "กำหนด", "สถานะ", "ชื่อเรื่องที่เผยแพร่",
                "วันที่เผยแพร่", "ที่อยู่"));
        for (ItemState i : c.items()) {
            for (ItemState.PeriodState p : i.periods()) {
                List<List<String>> published = new ArrayList<>();
                p.evidence().forEach(e -> published.add(List.of(e.titleTh(), e.publishedOn() == null ? "" : e.publishedOn().toString(),
                        e.path())));
                p.publications().forEach(pub -> published.add(List.of(pub.title(), pub.publishedOn().toString(),
                        pub.linkUrl() != null ? pub.linkUrl() : pub.hasFile() ? "/" + slug + "/disclosure/files/" + pub.id() : "")));
                if (published.isEmpty()) {
                    published.add(List.of("", "", ""));
                }
                for (List<String> what : published) {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(year), i.item().number(), i.item().group().name(),
                            i.item().titleTh(), i.item().frequency().name(), p.period(), p.dueDate().toString(), i.state().name()));
                    row.addAll(what);
                    rows.add(row);
                }
            }
        }
        return ResponseEntity.ok().contentType(CsvFile.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"disclosures-" + slug + "-" + year + ".csv\"")
                .body(CsvFile.of(rows));
    }

    private List<OpenDataset> datasets(Organisation organisation, String slug) {
        List<OpenDataset> all = new ArrayList<>();
        sources.orderedStream().forEach(source -> all.addAll(source.datasets(organisation.id(), slug)));
        return all;
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new DisclosureNotFound("organisation"));
    }

    @Bean
    static PortalLink openDataPortalLink() {
        return new PortalLink("portal.openData", "/open-data", "portal.openDataDescription", 90);
    }
}
