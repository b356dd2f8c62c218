package org.sujarit.procurement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.procurement.Bidder;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.MonthState;
import org.sujarit.procurement.MonthSummary;
import org.sujarit.procurement.ProcurementNotFound;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.PurchaseColumns;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * The published summaries of a fiscal year as open data, one row per purchase: CSV in UTF-8 with a
 * byte-order mark, which Excel needs to read Thai, and JSON, where a month without procurement is a
 * row of its own.
 */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/open-data")
class ProcurementOpenDataController {

    private final Organisations organisations;
    private final ProcurementSummaries summaries;
    private final Clock clock;

    ProcurementOpenDataController(Organisations organisations, ProcurementSummaries summaries, Clock clock) {
        this.organisations = organisations;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** One row of the JSON: a purchase, or a month without any ({@code noProcurement}, purchase fields null). */
    record OpenDataRow(int fiscalYear, int fiscalMonth, String period, String month, String monthEn, LocalDate publishedOn,
                       boolean noProcurement, String work, BigDecimal budget, BigDecimal referencePrice, String method,
                       String methodTh, List<Bidder> bidders, String winner, BigDecimal agreedPrice, String reason,
                       String contractNumber, LocalDate contractDate, String egpProjectNumber, String budgetSource,
                       String status, String statusTh) {
    }

    record OpenData(String organisation, String organisationTh, int fiscalYear, List<OpenDataRow> rows) {
    }

    @GetMapping("/procurement-{year}.json")
    ResponseEntity<OpenData> json(@PathVariable String slug, @PathVariable int year) {
        Organisation organisation = organisation(slug);
        List<OpenDataRow> rows = new ArrayList<>();
        for (MonthSummary summary : summaries.published(organisation.id(), checked(year))) {
            if (summary.state() == MonthState.NO_PROCUREMENT) {
                rows.add(row(summary, null));
            } else {
                summary.purchases().forEach(p -> rows.add(row(summary, p.details())));
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
                .body(new OpenData(organisation.slug(), organisation.nameTh(), year, rows));
    }

    @GetMapping("/procurement-{year}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable int year) {
        Organisation organisation = organisation(slug);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("ปีงบประมาณ", "เดือน"));
        for (PurchaseColumns column : PurchaseColumns.values()) {
            header.add(column.header());
        }
        rows.add(header);
        for (MonthSummary summary : summaries.published(organisation.id(), checked(year))) {
            for (var purchase : summary.purchases()) {
                List<String> cells = new ArrayList<>(List.of(Integer.toString(year), summary.month().nameTh()));
                cells.addAll(PurchaseColumns.cells(purchase.details()));
                rows.add(cells);
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(CsvFile.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"procurement-" + year + ".csv\"")
                .body(CsvFile.of(rows));
    }

    private OpenDataRow row(MonthSummary summary, PurchaseDetails d) {
        FiscalMonth month = summary.month();
        LocalDate publishedOn = summary.publishedAt().atZone(clock.getZone()).toLocalDate();
        if (d == null) {
            return new OpenDataRow(month.year().buddhistYear(), month.number(), month.period(), month.nameTh(),
                    month.nameEn(), publishedOn, true, null, null, null, null, null, List.of(), null, null, null, null,
                    null, null, null, null, null);
        }
        return new OpenDataRow(month.year().buddhistYear(), month.number(), month.period(), month.nameTh(), month.nameEn(),
                publishedOn, false, d.work(), d.budget(), d.referencePrice(), d.method().name(), d.method().labelTh(),
                d.bidders(), d.winner(), d.agreedPrice(), d.reason(), d.contractNumber(), d.contractDate(),
                d.egpProjectNumber(), d.budgetSource(), d.status() == null ? null : d.status().name(),
                d.status() == null ? null : d.status().labelTh());
    }

    private static int checked(int year) {
        return FiscalMonth.of(year, 1).year().buddhistYear();
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new ProcurementNotFound("organisation"));
    }
}
