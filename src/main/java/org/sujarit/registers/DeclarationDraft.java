package org.sujarit.registers;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.shared.RuleViolation;

/** A yearly declaration as submitted: "none", or at least one interest, never both. */
public record DeclarationDraft(boolean none, List<InterestEntry> entries) {

    static final int MAX_ENTRIES = 50;

    public DeclarationDraft {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** Every rule broken; the entries' own problems carry the row (from 1) as their argument. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (none && !entries.isEmpty()) {
            problems.add(new Problem(new RuleViolation("none", "interest.none.withEntries"), 0));
        } else if (!none && entries.isEmpty()) {
            problems.add(new Problem(new RuleViolation("none", "interest.none.orEntries"), 0));
        }
        if (entries.size() > MAX_ENTRIES) {
            problems.add(new Problem(new RuleViolation(null, "interest.entries.tooMany"), 0));
        }
        for (int i = 0; i < entries.size(); i++) {
            int row = i + 1;
            entries.get(i).problems().forEach(p -> problems.add(new Problem(p, row)));
        }
        return problems;
    }

    /** A broken rule and the row of the interest it concerns (0 for the whole declaration). */
    public record Problem(RuleViolation violation, int row) {
    }
}
