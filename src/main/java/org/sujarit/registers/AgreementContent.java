package org.sujarit.registers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/**
 * What both sides sign: the year, the person (or a unit, with its head as the person), the
 * supervisor and the goals. Its {@link #hash()} names the version a signature was given to; any
 * change of these makes a new hash, which both sign again.
 */
public record AgreementContent(int fiscalYear, UUID personId, UUID unitId, UUID supervisorId, List<AgreementGoal> goals) {

    static final int MAX_GOALS = 30;
    static final int MAX_TEXT = 1000;

    public AgreementContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        if (personId == null) {
            throw new RuleViolation("personId", "agreement.personRequired");
        }
        if (supervisorId == null) {
            throw new RuleViolation("supervisorId", "agreement.supervisorRequired");
        }
        if (personId.equals(supervisorId)) {
            throw new RuleViolation("supervisorId", "agreement.supervisorIsPerson");
        }
        checkGoals(goals);
    }

    /** The goals' own rules, shared by the bulk template: 1 to 30 complete lines whose weights add up to 100. */
    static void checkGoals(List<AgreementGoal> goals) {
        if (goals.isEmpty()) {
            throw new RuleViolation("goals", "agreement.goalsRequired");
        }
        if (goals.size() > MAX_GOALS) {
            throw new RuleViolation("goals", "agreement.tooManyGoals");
        }
        for (AgreementGoal g : goals) {
            if (blank(g.goal()) || blank(g.indicator()) || blank(g.target())) {
                throw new RuleViolation("goals", "agreement.goalIncomplete");
            }
            if (g.goal().length() > MAX_TEXT || g.indicator().length() > MAX_TEXT || g.target().length() > MAX_TEXT) {
                throw new RuleViolation("goals", "agreement.goalTooLong");
            }
            if (g.weight() < 1 || g.weight() > 100) {
                throw new RuleViolation("weights", "agreement.weightOutOfRange");
            }
        }
        if (goals.stream().mapToInt(AgreementGoal::weight).sum() != 100) {
            throw new RuleViolation("weights", "agreement.weightsNot100");
        }
    }

    /** SHA-256, in hex, of the content written out field by field with separators no typed text holds. */
    public String hash() {
        StringBuilder text = new StringBuilder("agreement\u001e").append(fiscalYear).append('\u001e').append(personId)
                .append('\u001e').append(Objects.toString(unitId, "")).append('\u001e').append(supervisorId);
        for (AgreementGoal g : goals) {
            text.append('\u001e').append(g.goal()).append('\u001f').append(g.indicator()).append('\u001f')
                    .append(g.target()).append('\u001f').append(g.weight());
        }
        return sha256(text.toString());
    }

    static String sha256(String text) {
        return sha256Of(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
