package org.sujarit.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.Organisations;

/**
 * An ITA rehearsal's scores, the way the NACC adds up its perception surveys: an item's score is
 * the mean of the level scores its answers chose (100, 71.66, 28.33, 0 on a 4-point item; the
 * yes/no scores on a question about being asked for money), an indicator's the mean of its items',
 * the whole survey's the indicators' mean by weight — each set against the ITA pass mark. Counted
 * from the survey's results, so a staff survey below its minimum of answers shows nothing here
 * either.
 */
@Service
public class ItaScores {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** One indicator's score ({@code null} when none of its items has an answer) and whether it reaches the pass mark. */
    public record IndicatorScore(ItaRules.Indicator indicator, BigDecimal score, int items, boolean passes) {
    }

    /** The scores of a survey's answers against its template's rules. */
    public record Scores(List<IndicatorScore> indicators, BigDecimal overall, boolean passes) {
    }

    /**
     * What the ITA page shows: the scores, how many answered, and the sample the NACC would draw
     * for this LAO's kind, with whether the answers reach each size's number.
     */
    public record Card(Survey survey, SurveyTemplate template, long respondents, boolean withheld, Scores scores,
                       List<ItaSample.Target> targets) {
    }

    private final Surveys surveys;
    private final SurveyResults results;
    private final SurveyTemplates templates;
    private final Organisations organisations;

    ItaScores(Surveys surveys, SurveyResults results, SurveyTemplates templates, Organisations organisations) {
        this.surveys = surveys;
        this.results = results;
        this.templates = templates;
        this.organisations = organisations;
    }

    /** The card of a survey the user manages, made from an IIT or EIT template; "not found" otherwise. */
    @Transactional(readOnly = true)
    public Card of(StaffPrincipal me, UUID surveyId) {
        Survey survey = surveys.view(me, surveyId).survey();
        SurveyTemplate template = survey.templateKey() == null ? null : templates.find(survey.templateKey())
                .filter(t -> t.ita() != null).orElse(null);
        if (template == null) {
            throw new TemplateNotFound();
        }
        Results counted = results.of(survey, SurveyResults.Period.ALL);
        Scores scores = counted.withheld() ? null : score(template.ita(), counted);
        return new Card(survey, template, counted.respondents(), counted.withheld(), scores,
                template.ita().sample().targets(organisations.get(survey.tenant()).kind(), counted.respondents()));
    }

    /**
     * The scores of counted answers. A question the survey no longer asks the template's way (its
     * type or number of options changed in a later version) does not count.
     */
    static Scores score(ItaRules rules, Results counted) {
        Map<String, Results.QuestionResult> byKey = counted.questions().stream()
                .collect(Collectors.toMap(r -> r.question().key(), Function.identity()));
        List<IndicatorScore> indicators = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (ItaRules.Indicator indicator : rules.indicators()) {
            List<BigDecimal> items = new ArrayList<>();
            for (ItaRules.Item item : rules.items(indicator)) {
                Results.QuestionResult result = byKey.get(item.question());
                if (result != null && result.options().size() == item.scores().size() && result.answered() > 0) {
                    items.add(itemScore(item, result));
                }
            }
            BigDecimal score = mean(items);
            if (score != null) {
                weighted = weighted.add(score.multiply(indicator.weight()));
                weights = weights.add(indicator.weight());
            }
            indicators.add(new IndicatorScore(indicator, round(score), items.size(),
                    score != null && round(score).compareTo(rules.passMark()) >= 0));
        }
        BigDecimal overall = weights.signum() == 0 ? null : round(weighted.divide(weights, PRECISION));
        return new Scores(indicators, overall, overall != null && overall.compareTo(rules.passMark()) >= 0);
    }

    /** The mean of the level scores the answers chose. */
    private static BigDecimal itemScore(ItaRules.Item item, Results.QuestionResult result) {
        BigDecimal sum = BigDecimal.ZERO;
        long answers = 0;
        for (int place = 0; place < item.scores().size(); place++) {
            long count = result.options().get(place).count();
            sum = sum.add(item.scores().get(place).multiply(BigDecimal.valueOf(count)));
            answers += count;
        }
        return sum.divide(BigDecimal.valueOf(answers), PRECISION);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
