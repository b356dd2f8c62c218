package org.sujarit.complaint.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.complaint.statistics.PublicStatistics;
import org.sujarit.complaint.statistics.PublicStatistics.CategoryLine;
import org.sujarit.complaint.statistics.PublicStatistics.ChannelFigures;
import org.sujarit.complaint.statistics.PublicStatistics.HalfMonths;
import org.sujarit.complaint.statistics.PublicStatistics.Line;
import org.sujarit.complaint.statistics.PublicStatistics.PeriodFigures;
import org.sujarit.complaint.statistics.SmallCounts;
import org.sujarit.complaint.statistics.SmallCounts.Shown;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** The public complaint statistics of a fiscal year as JSON, the same merged figures as the portal. */
@RestController
@ReadsFromReplica
@Tag(name = "Complaint statistics", description = "The public complaint statistics of a local government")
class StatisticsApiController {

    private final Organisations organisations;
    private final ComplaintStatistics statistics;
    private final StatisticsYears years;

    StatisticsApiController(Organisations organisations, ComplaintStatistics statistics, StatisticsYears years) {
        this.organisations = organisations;
        this.statistics = statistics;
        this.years = years;
    }

    record Statistics(String organisation, int fiscalYear, Instant asOf, int threshold, List<ChannelStatistics> channels) {
    }

    /** One channel: {@code GENERAL} complaints or {@code CORRUPTION} reports, never added together. */
    record ChannelStatistics(String channel, boolean noComplaints, Period year, List<Period> halves, List<Months> months) {
    }

    /** The year ({@code half} null) or a half (1: Oct–Mar, 2: Apr–Sep); categories under 5 cases are in otherCategories. */
    record Period(Integer half, Figures total, List<Category> categories, Figures otherCategories) {
    }

    record Category(String code, String nameTh, String nameEn, Figures figures) {
    }

    /**
     * Figures of fewer than 5 cases give the total only ({@code received}); a null share, median or
     * mean is not published because it would rest on fewer than 5 cases.
     */
    record Figures(boolean noComplaints, Count received, Count finished, Count inProgress, Count notAccepted,
                   Count referred, BigDecimal withinDeadlinePercent, BigDecimal medianDaysToFinish, Count rated,
                   BigDecimal meanRating, BigDecimal satisfiedPercent) {
    }

    /** A count: its value, or {@code fewerThanFive} with no value. */
    record Count(Integer value, boolean fewerThanFive) {
    }

    /** The months of a half; a month merged with others has no count of its own and is in otherMonths. */
    record Months(int half, List<Month> months, Count otherMonths) {
    }

    record Month(YearMonth month, Count received, boolean merged) {
    }

    @GetMapping("/api/v1/orgs/{slug:" + Slugs.PATTERN + "}/complaint-statistics")
    @Operation(summary = "A fiscal year's complaint statistics per channel, by half-year, category and month; "
            + "counts under 5 are merged or given as fewer than 5")
    Statistics statistics(@PathVariable String slug, @RequestParam(required = false) Integer year) {
        Organisation organisation = organisations.findBySlug(slug)
                .orElseThrow(() -> new ComplaintNotFound("organisation"));
        FiscalYear fiscalYear = years.resolve(year);
        PublicStatistics stats = PublicStatistics.of(statistics.year(organisation.id(), fiscalYear));
        return new Statistics(organisation.nameTh(), stats.fiscalYear(), stats.asOf(), SmallCounts.THRESHOLD,
                stats.channels().stream().map(StatisticsApiController::channel).toList());
    }

    @ExceptionHandler(ComplaintNotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such local government or fiscal year"));
    }

    private static ChannelStatistics channel(ChannelFigures c) {
        return new ChannelStatistics(c.channel().name(), c.none(), period(c.year()),
                c.halves().stream().map(StatisticsApiController::period).toList(),
                c.months().stream().map(StatisticsApiController::months).toList());
    }

    private static Period period(PeriodFigures p) {
        return new Period(p.period().half(), figures(p.total()), p.categories().stream().map(StatisticsApiController::category)
                .toList(), p.otherCategories() == null ? null : figures(p.otherCategories()));
    }

    private static Category category(CategoryLine line) {
        return new Category(line.category().code(), line.category().nameTh(), line.category().nameEn(), figures(line.line()));
    }

    private static Figures figures(Line l) {
        return new Figures(l.none(), count(l.received()), count(l.finished()), count(l.inProgress()),
                count(l.notAccepted()), count(l.referred()), l.withinShare(), l.medianDays(), count(l.rated()),
                l.meanRating(), l.satisfiedShare());
    }

    private static Months months(HalfMonths half) {
        return new Months(half.half().half(), half.months().stream()
                .map(m -> new Month(m.yearMonth(), m.merged() ? null : count(m.received()), m.merged())).toList(),
                count(half.otherMonths()));
    }

    private static Count count(Shown shown) {
        return shown == null ? null : new Count(shown.value(), shown.fewerThanFive());
    }
}
