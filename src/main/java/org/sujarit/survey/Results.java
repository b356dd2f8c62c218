package org.sujarit.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a survey's answers add up to, for a page, a file or a KPI.
 *
 * @param respondents how many answered (in the period asked)
 * @param byVersion   how many answered each version of the questions
 * @param withheld    a staff survey below its minimum: nothing else is filled
 * @param satisfied   the share of scale answers in the top two levels (พึงพอใจ–พึงพอใจมาก), over every
 *                    scale question; {@code null} when the survey has none
 * @param test        a test's figures; {@code null} on a survey
 * @param groups      by the answer to each sub-group question, small groups merged
 */
public record Results(long respondents, List<VersionCount> byVersion, boolean withheld, List<QuestionResult> questions,
                      Share satisfied, TestResult test, List<Grouping> groups) {

    /** The fewest answers a sub-group shows its figures with. */
    public static final int SMALLEST_GROUP = 5;

    public record VersionCount(int version, long respondents) {
    }

    /** A count out of a total, with its percentage to two places. */
    public record Share(long count, long of) {

        public BigDecimal percent() {
            return of == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * One question's answers: per option its count and share of those who answered the question;
     * the mean of a scale or number; the share satisfied of a scale; for a text, only how many wrote one.
     */
    public record QuestionResult(Question question, long answered, List<Share> options, BigDecimal mean,
                                 BigDecimal min, BigDecimal max, Share satisfied) {
    }

    /** A test's figures; {@code gain} is the post-test's mean minus its pre-test's, in points of percentage. */
    public record TestResult(Share passed, BigDecimal meanPercent, BigDecimal preMeanPercent, BigDecimal gain) {
    }

    /** The results split by one question's answers; groups under {@link #SMALLEST_GROUP} merged into {@code small}. */
    public record Grouping(Question question, List<Group> groups, Group small) {
    }

    /**
     * A sub-group's figures; {@code label} is the option's place, or −1 for the merged small groups,
     * whose figures are empty when even together they are fewer than {@link #SMALLEST_GROUP}.
     */
    public record Group(int option, long respondents, Share satisfied, Share passed, BigDecimal meanPercent) {

        public boolean shown() {
            return respondents >= SMALLEST_GROUP;
        }
    }
}
