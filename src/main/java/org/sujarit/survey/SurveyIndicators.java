package org.sujarit.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource;
import org.sujarit.shared.TenantId;

/**
 * The published satisfaction surveys for oversight, per fiscal year of their answers: how many
 * surveys a local government published results of, how many answered them, and the share
 * satisfied over all their scale answers pooled. Only what its portal shows counts ({@link
 * PublishedSurveys}: a staff survey once closed, and never below its minimum of answers, which
 * {@link SurveyResults} withholds); tests and consultations are not satisfaction surveys.
 */
@Component
class SurveyIndicators implements IndicatorSource {

    static final String PUBLISHED = "survey.published";
    static final String RESPONDENTS = "survey.respondents";
    static final String SATISFIED_SHARE = "survey.satisfied-share";

    private static final String EVIDENCE = "/surveys";

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator(PUBLISHED, Kind.COUNT, null, false, null, null, EVIDENCE),
            new Indicator(RESPONDENTS, Kind.COUNT, null, true, null, null, EVIDENCE),
            new Indicator(SATISFIED_SHARE, Kind.SHARE, true, false, RESPONDENTS, null, EVIDENCE));

    private final PublishedSurveys published;
    private final SurveyResults results;
    private final JdbcClient jdbc;

    SurveyIndicators(PublishedSurveys published, SurveyResults results, JdbcClient jdbc) {
        this.published = published;
        this.results = results;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "survey";
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    /**
     * A survey's moves, publication and paper answers typed in are audited; an answer given through
     * the link is not (it is anonymous), so answers to a published open survey reach oversight at
     * the survey's next audited change or the next rebuild.
     */
    @Override
    public boolean affectedBy(String auditAction) {
        return auditAction.startsWith("survey.");
    }

    @Override
    public List<Value> compute(Collection<UUID> tenants, LocalDate today) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        Map<UUID, Span> answered = new HashMap<>();
        jdbc.sql("""
                        select survey_id, min(answered_on) as first, max(answered_on) as last from survey_response
                        where tenant_id = any(?) and answered_on <= ? group by survey_id""")
                .params(tenants.toArray(UUID[]::new), java.sql.Date.valueOf(today))
                .query((rs, n) -> answered.put(rs.getObject("survey_id", UUID.class), new Span(
                        FiscalYear.containing(rs.getDate("first").toLocalDate()).buddhistYear(),
                        FiscalYear.containing(rs.getDate("last").toLocalDate()).buddhistYear())))
                .list();
        List<Value> values = new ArrayList<>();
        for (UUID tenant : tenants) {
            Map<Integer, Year> years = new TreeMap<>();
            for (Survey survey : published.list(new TenantId(tenant))) {
                Span span = answered.get(survey.id());
                if (span == null || survey.kind() != Survey.Kind.SURVEY || survey.test()) {
                    continue;
                }
                for (int y = span.first(); y <= span.last(); y++) {
                    FiscalYear year = new FiscalYear(y);
                    LocalDate until = year.lastDay().isAfter(today) ? today : year.lastDay();
                    Results r = results.of(survey, new SurveyResults.Period(year.firstDay(), until));
                    if (r.withheld() || r.respondents() == 0) {
                        continue;
                    }
                    years.computeIfAbsent(y, k -> new Year()).add(r);
                }
            }
            years.forEach((y, year) -> {
                values.add(Value.of(tenant, y, PUBLISHED, year.surveys));
                values.add(Value.of(tenant, y, RESPONDENTS, year.respondents));
                if (year.scaleAnswers > 0) {
                    values.add(Value.share(tenant, y, SATISFIED_SHARE, year.satisfied, year.scaleAnswers));
                }
            });
        }
        return values;
    }

    /** The fiscal years of a survey's first and last answers. */
    private record Span(int first, int last) {
    }

    private static final class Year {
        long surveys;
        long respondents;
        long satisfied;
        long scaleAnswers;

        void add(Results r) {
            surveys++;
            respondents += r.respondents();
            if (r.satisfied() != null) {
                satisfied += r.satisfied().count();
                scaleAnswers += r.satisfied().of();
            }
        }
    }
}
