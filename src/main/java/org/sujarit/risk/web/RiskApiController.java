package org.sujarit.risk.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskNotFound;
import org.sujarit.risk.RiskView;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** The published assessment of a fiscal year as JSON, readable without signing in. */
@RestController
@ReadsFromReplica
@RequestMapping("/api/v1/orgs/{slug:" + Slugs.PATTERN + "}/risk-assessments")
@Tag(name = "Fraud-risk assessment", description = "The published fraud-risk assessment of a local government")
class RiskApiController {

    private final Organisations organisations;
    private final RiskAssessments risks;

    RiskApiController(Organisations organisations, RiskAssessments risks) {
        this.organisations = organisations;
        this.risks = risks;
    }

    record Assessment(String organisation, int fiscalYear, String matrix, int matrixVersion, Instant publishedAt,
                      List<Risk> risks) {
    }

    record Risk(int number, String area, String process, String event, String trafficLight, Integer likelihood,
                Integer impact, Integer score, String band, String residual, String riskFactors, List<Measure> measures) {
    }

    record Measure(String measure, String period, String unit, String planItem) {
    }

    @GetMapping("/{fiscalYear}")
    @Operation(summary = "The published assessment of a fiscal year: risk events, colours, scores and measures")
    Assessment assessment(@PathVariable String slug, @PathVariable int fiscalYear) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(() -> new RiskNotFound("organisation"));
        AssessmentView a = risks.published(organisation.id(), fiscalYear).orElseThrow(() -> new RiskNotFound("assessment"));
        return new Assessment(organisation.nameTh(), a.fiscalYear(), a.matrix().code(), a.matrix().version(), a.publishedAt(),
                a.risks().stream().map(RiskApiController::risk).toList());
    }

    private static Risk risk(RiskView r) {
        return new Risk(r.position(), r.area().name(), r.process(), r.event(), name(r.trafficLight()), r.likelihood(),
                r.impact(), r.score(), name(r.band()), name(r.residual()), r.riskFactors(),
                r.measures().stream().map(m -> new Measure(m.measure(), m.periodText(),
                        m.unitName() != null ? m.unitName() : m.unitText(), m.planItemName())).toList());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
