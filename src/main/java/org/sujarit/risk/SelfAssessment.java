package org.sujarit.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.sujarit.risk.ControlPrinciples.Component;
import org.sujarit.risk.ControlPrinciples.Principle;
import org.sujarit.shared.FiscalYear;

/**
 * A tenant's ปค.๔ for one fiscal year: every component with its principles in order, answered or
 * not yet, and the summary (overall result, assessor). A year nobody has touched is all unanswered.
 */
public record SelfAssessment(int fiscalYear, List<ComponentAnswers> components, String overall, String assessorName,
                             String assessorPosition, LocalDate assessedOn, String updatedBy, Instant updatedAt,
                             Integer carriedFrom) {

    public record Answer(Principle principle, ControlResult result, String conclusion) {

        public boolean answered() {
            return result != null;
        }
    }

    public record ComponentAnswers(Component component, String conclusion, List<Answer> answers) {
    }

    public int answered() {
        return (int) answers().filter(Answer::answered).count();
    }

    public int total() {
        return ControlPrinciples.COUNT;
    }

    /** Every principle answered and the overall result written: the ปค.๔ can be signed. */
    public boolean complete() {
        return complete(answered(), overall != null && !overall.isBlank());
    }

    static boolean complete(int answered, boolean hasOverall) {
        return answered == ControlPrinciples.COUNT && hasOverall;
    }

    public boolean started() {
        return updatedAt != null;
    }

    public int needingImprovement() {
        return (int) answers().filter(a -> a.result() == ControlResult.NEEDS_IMPROVEMENT).count();
    }

    /** The form reports internal control as at the last day of the fiscal year, 30 September. */
    public LocalDate asOf() {
        return new FiscalYear(fiscalYear).lastDay();
    }

    private Stream<Answer> answers() {
        return components.stream().flatMap(c -> c.answers().stream());
    }
}
