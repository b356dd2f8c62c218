package org.sujarit.complaint.statistics;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.complaint.CaseAccess;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.complaint.document.StatisticsPdf;
import org.sujarit.complaint.document.StatisticsXlsx;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/**
 * A year's complaint statistics in full for those who oversee the complaint centre — the
 * integrity officer, the executive and the internal auditor — with the workbook and the annual
 * complaint report.
 */
@Controller
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'EXECUTIVE', 'INTERNAL_AUDITOR')")
class StatisticsController {

    private static final Logger log = LoggerFactory.getLogger(StatisticsController.class);

    private final ComplaintStatistics statistics;
    private final StatisticsYears years;
    private final Organisations organisations;
    private final StatisticsXlsx xlsx;
    private final StatisticsPdf pdf;
    private final CaseAccess access;

    StatisticsController(ComplaintStatistics statistics, StatisticsYears years, Organisations organisations,
                         StatisticsXlsx xlsx, StatisticsPdf pdf, CaseAccess access) {
        this.access = access;
        this.statistics = statistics;
        this.years = years;
        this.organisations = organisations;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    @GetMapping("/console/complaints/statistics")
    String page(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        FiscalYear fiscalYear = years.resolve(year);
        model.addAttribute("stats", statistics.year(me.tenant(), fiscalYear, access.scope(me).conflicted()));
        model.addAttribute("years", statistics.years(me.tenant()));
        model.addAttribute("whole", Period.YEAR);
        model.addAttribute("periods", List.of(Period.half(1), Period.half(2), Period.YEAR));
        model.addAttribute("months", Period.YEAR.months());
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("target", YearStatistics.SATISFACTION_TARGET);
        return "complaint/statistics";
    }

    @GetMapping("/console/complaints/statistics.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year) {
        FiscalYear fiscalYear = years.resolve(year);
        YearStatistics stats = statistics.year(me.tenant(), fiscalYear, access.scope(me).conflicted());
        return DocumentFiles.file(xlsx.workbook(stats, organisation(me), organisations.numeralStyle(me.tenant())), DocumentFiles.XLSX,
                "สถิติเรื่องร้องเรียน-" + fiscalYear + ".xlsx");
    }

    @GetMapping("/console/complaints/statistics/report.pdf")
    ResponseEntity<byte[]> report(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year) {
        FiscalYear fiscalYear = years.resolve(year);
        YearStatistics stats = statistics.year(me.tenant(), fiscalYear, access.scope(me).conflicted());
        return DocumentFiles.file(pdf.annualReport(stats, organisation(me), organisations.numeralStyle(me.tenant())), MediaType.APPLICATION_PDF,
                "รายงานผลการดำเนินการเรื่องร้องเรียน-" + fiscalYear + ".pdf");
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "complaintStats.pdfUnavailable");
    }

    private String organisation(TenantMember me) {
        return organisations.get(me.tenant()).nameTh();
    }
}
