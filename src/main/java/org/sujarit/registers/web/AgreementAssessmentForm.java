package org.sujarit.registers.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.sujarit.registers.Agreement;
import org.sujarit.registers.AgreementAssessment;
import org.sujarit.registers.AgreementLevel;
import org.sujarit.shared.ThaiDigits;

/** The year's end as typed: a result per indicator, a score (text until read), a level and a comment. */
record AgreementAssessmentForm(List<String> results, String score, AgreementLevel level, String comment) {

    static AgreementAssessmentForm of(Agreement a) {
        AgreementAssessment s = a.assessment();
        if (s == null) {
            return new AgreementAssessmentForm(a.goals().stream().map(g -> "").toList(), null, null, null);
        }
        return new AgreementAssessmentForm(s.results(), s.score() == null ? null : s.score().toPlainString(), s.level(),
                s.comment());
    }

    AgreementAssessment toAssessment(BindingResult binding, int goals) {
        BigDecimal points = null;
        if (score != null && !score.isBlank()) {
            try {
                points = new BigDecimal(ThaiDigits.toArabic(score).strip());
            } catch (NumberFormatException e) {
                binding.rejectValue("score", "agreement.scoreNotNumber");
            }
        }
        List<String> typed = results == null ? List.of() : results;
        List<String> padded = java.util.stream.IntStream.range(0, goals)
                .mapToObj(i -> i < typed.size() && typed.get(i) != null ? typed.get(i) : "").toList();
        return binding.hasErrors() ? null : new AgreementAssessment(padded, points, level, comment);
    }
}
