package org.sujarit.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A ready-made questionnaire with the settings it suggests: the ITA's IIT and EIT rehearsals and
 * the seed plan's own surveys, one version per fiscal year ({@code family}-{@code year}, e.g.
 * {@code eit-2569}). Bundled with the application or loaded by a platform admin; never changed
 * once there, since surveys made from it name it.
 *
 * @param passMark  a test's pass mark, as a percentage of its points
 * @param pair      a test meant to be taken before and after a training: the two titles' endings
 * @param ita       how the NACC scores it, on an IIT or EIT template; {@code null} otherwise
 * @param source    the file it was read from
 * @param loadedAt  when a platform admin loaded it; {@code null} for a bundled one
 */
public record SurveyTemplate(String family, int year, Survey.Kind kind, Survey.Audience audience, String titleTh,
                             String titleEn, String introTh, String introEn, BigDecimal passMark, Integer minAnswers,
                             Pair pair, Questionnaire questions, ItaRules ita, String source, Instant loadedAt) {

    /** What a pre-test's and a post-test's titles end with ("ก่อนการอบรม", "หลังการอบรม"). */
    public record Pair(String preTh, String preEn, String postTh, String postEn) {
    }

    /** How surveys name it: {@code family-year}. */
    public String key() {
        return family + "-" + year;
    }

    public boolean builtIn() {
        return loadedAt == null;
    }

    SurveyTemplate loaded(Instant at) {
        return new SurveyTemplate(family, year, kind, audience, titleTh, titleEn, introTh, introEn, passMark, minAnswers,
                pair, questions, ita, source, at);
    }

    public String title(boolean english) {
        return english && titleEn != null ? titleEn : titleTh;
    }

    /**
     * The settings it suggests for a new survey. On a paired test, a {@code preTest} makes this
     * one the post-test of that pre-test, and the title says which of the two it is.
     */
    public SurveyDraft draft(UUID preTest) {
        String th = titleTh;
        String en = titleEn;
        if (pair != null) {
            boolean post = preTest != null;
            th = titleTh + " (" + (post ? pair.postTh() : pair.preTh()) + ")";
            en = titleEn == null ? null : titleEn + " (" + (post ? pair.postEn() : pair.preEn()) + ")";
        }
        return new SurveyDraft(kind, audience, null, th, en, introTh, introEn, null, null, passMark,
                kind == Survey.Kind.TEST, preTest, minAnswers);
    }
}
