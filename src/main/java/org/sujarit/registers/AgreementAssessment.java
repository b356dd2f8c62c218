package org.sujarit.registers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.sujarit.shared.RuleViolation;

/**
 * The year's end: each indicator's result, in the order of the goals, and the supervisor's
 * assessment — a score out of 100, a level, or both — with a comment.
 */
public record AgreementAssessment(List<String> results, BigDecimal score, AgreementLevel level, String comment) {

    public AgreementAssessment {
        results = results == null ? List.of() : results.stream().map(r -> r == null ? "" : r.strip()).toList();
        comment = comment == null ? "" : comment.strip();
        if (results.stream().anyMatch(String::isEmpty)) {
            throw new RuleViolation("results", "agreement.resultRequired");
        }
        if (results.stream().anyMatch(r -> r.length() > AgreementContent.MAX_TEXT)) {
            throw new RuleViolation("results", "agreement.goalTooLong");
        }
        if (score == null && level == null) {
            throw new RuleViolation("score", "agreement.scoreOrLevel");
        }
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2)) {
            throw new RuleViolation("score", "agreement.scoreOutOfRange");
        }
        if (comment.length() > 4000) {
            throw new RuleViolation("comment", "agreement.commentTooLong");
        }
    }

    /** The hash the supervisor signs: the assessment and the version of the agreement it assesses. */
    String hash(String agreementHash) {
        return AgreementContent.sha256("assessment\u001e" + agreementHash + "\u001e" + String.join("\u001f", results)
                + "\u001e" + (score == null ? "" : score.stripTrailingZeros().toPlainString()) + "\u001e"
                + Objects.toString(level, "") + "\u001e" + comment);
    }
}
