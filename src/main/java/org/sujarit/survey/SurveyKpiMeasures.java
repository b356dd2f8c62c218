package org.sujarit.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiType;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * The figures a survey offers a KPI of the plan: the share satisfied (top two levels of its scales),
 * a test's share passing and mean score, a post-test's mean gain over its pre-test, and the number
 * of respondents — each over the answers of the period asked (a fiscal year, or a progress round's
 * months), linked to the survey's results page. A staff survey below its minimum gives nothing; a
 * published survey's results are evidence of the items whose KPIs it fills.
 */
@Component
class SurveyKpiMeasures implements KpiMeasure.Source {

    enum Figure {
        SATISFIED("ร้อยละผู้ตอบที่พึงพอใจ–พึงพอใจมาก", "share satisfied", KpiType.PERCENT_AT_LEAST),
        PASSING("ร้อยละผู้ผ่านเกณฑ์", "share passing", KpiType.PERCENT_AT_LEAST),
        MEAN("คะแนนเฉลี่ย (ร้อยละ)", "mean score (%)", KpiType.PERCENT_AT_LEAST),
        GAIN("คะแนนเฉลี่ยที่เพิ่มขึ้นจากก่อนอบรม (ร้อยละ)", "mean gain over the pre-test (points of %)", KpiType.PERCENT_AT_LEAST),
        RESPONDENTS("จำนวนผู้ตอบ", "number of respondents", KpiType.COUNT_AT_LEAST);

        final String th;
        final String en;
        final KpiType type;

        Figure(String th, String en, KpiType type) {
            this.th = th;
            this.en = en;
            this.type = type;
        }

        String key(UUID survey) {
            return "survey." + survey + "." + name().toLowerCase();
        }
    }

    private final SurveyRepository surveys;
    private final SurveyResults results;

    SurveyKpiMeasures(SurveyRepository surveys, SurveyResults results) {
        this.surveys = surveys;
        this.results = results;
    }

    @Override
    @Transactional(readOnly = true)
    public List<KpiMeasure> measures(TenantId tenant) {
        List<KpiMeasure> measures = new ArrayList<>();
        for (Survey s : surveys.list(tenant)) {
            if (s.kind() == Survey.Kind.CONSULTATION) {
                continue;
            }
            for (Figure figure : figures(s)) {
                measures.add(new KpiMeasure(figure.key(s.id()), s.titleTh() + ": " + figure.th,
                        s.title(true) + ": " + figure.en, figure.type));
            }
        }
        return measures;
    }

    @Override
    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, FiscalYear year) {
        return value(tenant, key, year, year.lastDay());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, FiscalYear year, LocalDate until) {
        return Linked.of(key).flatMap(linked -> surveys.find(tenant, linked.survey())
                .filter(s -> figures(s).contains(linked.figure()))
                .flatMap(s -> value(results.of(s, new SurveyResults.Period(year.firstDay(), until)), linked.figure()))
                .map(value -> value.from("/console/surveys/" + linked.survey() + "/results")));
    }

    /** A published survey's results are evidence of the plan items whose KPIs it fills. */
    @Override
    @Transactional(readOnly = true)
    public Optional<KpiMeasure.Published> published(TenantId tenant, String key) {
        return Linked.of(key).flatMap(linked -> surveys.find(tenant, linked.survey())).filter(Survey::published)
                .map(s -> new KpiMeasure.Published("ผลการสำรวจ: " + s.titleTh(), "Survey results: " + s.title(true),
                        "/surveys/" + s.id()));
    }

    /** A measure key of this module read back: {@code survey.<id>.<figure>}. */
    private record Linked(UUID survey, Figure figure) {

        static Optional<Linked> of(String key) {
            String[] parts = key.split("\\.");
            if (parts.length != 3 || !parts[0].equals("survey")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Linked(UUID.fromString(parts[1]), Figure.valueOf(parts[2].toUpperCase())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private static Optional<KpiMeasure.Value> value(Results r, Figure figure) {
        if (r.withheld() || r.respondents() == 0) {
            return Optional.empty();
        }
        return switch (figure) {
            case RESPONDENTS -> Optional.of(new KpiMeasure.Value(java.math.BigDecimal.valueOf(r.respondents()), null, null));
            case SATISFIED -> Optional.ofNullable(r.satisfied()).filter(s -> s.of() > 0)
                    .map(s -> new KpiMeasure.Value(s.percent(), s.count(), s.of()));
            case PASSING -> Optional.ofNullable(r.test()).map(t -> new KpiMeasure.Value(t.passed().percent(),
                    t.passed().count(), t.passed().of()));
            case MEAN -> Optional.ofNullable(r.test()).map(Results.TestResult::meanPercent)
                    .map(mean -> new KpiMeasure.Value(mean, null, null));
            case GAIN -> Optional.ofNullable(r.test()).map(Results.TestResult::gain)
                    .map(gain -> new KpiMeasure.Value(gain, null, null));
        };
    }

    private static List<Figure> figures(Survey s) {
        List<Figure> figures = new ArrayList<>();
        if (s.test()) {
            figures.add(Figure.PASSING);
            figures.add(Figure.MEAN);
            if (s.preTestId() != null) {
                figures.add(Figure.GAIN);
            }
        } else {
            figures.add(Figure.SATISFIED);
        }
        figures.add(Figure.RESPONDENTS);
        return figures;
    }
}
