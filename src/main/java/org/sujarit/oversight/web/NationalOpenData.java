package org.sujarit.oversight.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.oversight.OversightFigures;
import org.sujarit.oversight.OversightFigures.Overview;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.staff.OversightScope;

/**
 * The national aggregates as open data, for anyone: the nation, each NACC region and each province,
 * per fiscal year, with the same cells withheld as the oversight pages — listed in the platform's
 * DCAT catalogue ({@code /open-data/catalog.json}) beside each local government's own catalogue, so
 * that data.go.th can harvest them. No local government's row is here: those are on its own portal.
 */
@RestController
class NationalOpenData {

    private final OversightFigures figures;
    private final OversightFiles files;
    private final CellText text;
    private final MessageSource messages;

    NationalOpenData(OversightFigures figures, OversightFiles files, CellText text, MessageSource messages) {
        this.figures = figures;
        this.files = files;
        this.text = text;
        this.messages = messages;
    }

    @GetMapping(value = "/open-data/catalog.json", produces = "application/ld+json")
    Map<String, Object> catalog(HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int year : figures.years()) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("@type", "dcat:Dataset");
            dataset.put("@id", base + "/open-data#oversight-" + year);
            dataset.put("dct:title", "ตัวชี้วัดความโปร่งใสขององค์กรปกครองส่วนท้องถิ่น รายจังหวัด ภาค และประเทศ ปีงบประมาณ " + year);
            dataset.put("dct:description", "Integrity and transparency indicators of Thai local governments by province, "
                    + "NACC region and nation, fiscal year " + year + ". Complaint counts of 1–4 are withheld "
                    + "(\"fewer than 5\") with complementary suppression.");
            dataset.put("dct:temporal", "FY" + year);
            dataset.put("dcat:keyword", List.of("ITA", "OIT", "ป.ป.ช.", "องค์กรปกครองส่วนท้องถิ่น"));
            dataset.put("dcat:distribution", List.of(
                    distribution(base + "/open-data/oversight-" + year + ".csv", "CSV", "text/csv"),
                    distribution(base + "/open-data/oversight-" + year + ".json", "JSON", "application/json")));
            datasets.add(dataset);
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/",
                "foaf", "http://xmlns.com/foaf/0.1/"));
        catalog.put("@type", "dcat:Catalog");
        catalog.put("@id", base + "/open-data/catalog.json");
        catalog.put("dct:title", "ข้อมูลเปิดระดับประเทศ สุจริต");
        catalog.put("dct:publisher", Map.of("@type", "foaf:Organization", "foaf:name", "Sujarit"));
        catalog.put("dcat:dataset", datasets);
        return catalog;
    }

    @GetMapping("/open-data/oversight-{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String year) {
        int fiscalYear = year(year);
        Locale th = Locale.forLanguageTag("th");
        List<List<String>> grid = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("level", "id", "name", "laos"));
        figures.catalogue().indicators().forEach(i -> head.add(i.key()));
        grid.add(head);
        for (Place place : places(fiscalYear)) {
            List<String> row = new ArrayList<>(List.of(place.level(), place.id(), place.name(), Integer.toString(place.laos())));
            for (Indicator i : figures.catalogue().indicators()) {
                row.add(files.plain(i, place.overview().figure(i.key()).cell(), false, th));
            }
            grid.add(row);
        }
        return DocumentFiles.file(CsvFile.of(grid), CsvFile.MEDIA_TYPE, "oversight-" + fiscalYear + ".csv");
    }

    @GetMapping(value = "/open-data/oversight-{year}.json", produces = "application/json")
    List<Map<String, Object>> json(@PathVariable String year) {
        int fiscalYear = year(year);
        Locale th = Locale.forLanguageTag("th");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Place place : places(fiscalYear)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("level", place.level());
            row.put("id", place.id());
            row.put("name", place.name());
            row.put("fiscalYear", fiscalYear);
            row.put("laos", place.laos());
            List<OversightApi.Figure> list = new ArrayList<>();
            for (Indicator i : figures.catalogue().indicators()) {
                var cell = place.overview().figure(i.key()).cell();
                list.add(new OversightApi.Figure(i.key(), i.kind().name(), cell.shown() ? cell.value() : null,
                        cell.status().name(), text.of(i, cell, false, th)));
            }
            row.put("figures", list);
            out.add(row);
        }
        return out;
    }

    private record Place(String level, String id, String name, int laos, Overview overview) {
    }

    /** The nation, its regions, then every province — each place's own figures. */
    private List<Place> places(int year) {
        List<Place> places = new ArrayList<>();
        Overview nation = figures.overview(OversightScope.nation(), year);
        places.add(new Place("NATION", "TH", "ประเทศไทย", nation.laos(), nation));
        for (OversightFigures.Row region : nation.rows()) {
            if ("0".equals(region.id())) {
                continue;
            }
            Overview r = figures.overview(OversightScope.region(Integer.parseInt(region.id())), year);
            places.add(new Place("REGION", region.id(), messages.getMessage("oversight.region", new Object[] {region.id()},
                    Locale.forLanguageTag("th")), r.laos(), r));
            for (OversightFigures.Row province : r.rows()) {
                Overview p = figures.overview(OversightScope.province(province.id()), year);
                places.add(new Place("PROVINCE", province.id(), province.nameTh(), p.laos(), p));
            }
        }
        return places;
    }

    private int year(String year) {
        if (year == null || !year.matches("25[0-9]{2}|26[0-9]{2}|2700") || !figures.years().contains(Integer.parseInt(year))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Integer.parseInt(year);
    }

    private static Map<String, String> distribution(String url, String format, String mediaType) {
        return Map.of("@type", "dcat:Distribution", "dcat:downloadURL", url, "dct:format", format,
                "dcat:mediaType", mediaType);
    }
}
