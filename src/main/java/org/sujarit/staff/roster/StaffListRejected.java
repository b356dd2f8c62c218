package org.sujarit.staff.roster;

import java.util.List;

/** The staff list cannot be imported; nothing was saved. Every problem of every line is named. */
public class StaffListRejected extends RuntimeException {

    /**
     * A problem of one line (1 is the heading, 0 the file as a whole), in one column or the whole line.
     *
     * @param argument what the message names besides the line (the other line of a duplicate), or {@code null}
     */
    public record LineProblem(int line, String field, String messageKey, Integer argument) {

        public LineProblem(int line, String field, String messageKey) {
            this(line, field, messageKey, null);
        }
    }

    private final List<LineProblem> problems;

    public StaffListRejected(List<LineProblem> problems) {
        super("Staff list rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }
}
