package org.sujarit.registers;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiTaxId;

/**
 * One declared interest. A relative's interest names the relation; a business names how the
 * holder is tied to it; the tax ID, when given, is a valid one.
 *
 * @param relativeName the relative's name, when the interest is a relative's
 * @param organisation the business, employer or body
 * @param detail       the work or position held, in the person's words
 */
public record InterestEntry(InterestKind kind, InterestHolder holder, String relativeName,
                            InterestInvolvement involvement, String organisation, ThaiTaxId taxId, String detail) {

    static final int MAX_NAME = 300;

    public InterestEntry {
        relativeName = strip(relativeName);
        organisation = strip(organisation);
        detail = strip(detail);
    }

    /** The organisation's name as the flags compare it. */
    public String normalisedName() {
        return FlagNames.normalise(organisation);
    }

    /** Every rule this entry breaks, each naming the field of the form (row {@code row}, from 1). */
    List<RuleViolation> problems() {
        List<RuleViolation> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new RuleViolation("kinds", "interest.kind.required"));
        }
        if (holder == null || (!holder.relative() && relativeName != null)) {
            problems.add(new RuleViolation("holders", "interest.relation.required"));
        }
        if (kind == InterestKind.BUSINESS && involvement == null) {
            problems.add(new RuleViolation("involvements", "interest.involvement.required"));
        }
        if (organisation == null || FlagNames.normalise(organisation).isEmpty()) {
            problems.add(new RuleViolation("organisations", "interest.organisation.required"));
        } else if (organisation.length() > MAX_NAME || (relativeName != null && relativeName.length() > 200)
                || (detail != null && detail.length() > 500)) {
            problems.add(new RuleViolation("organisations", "interest.text.tooLong"));
        }
        return problems;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
