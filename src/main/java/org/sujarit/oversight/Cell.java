package org.sujarit.oversight;

import java.math.BigDecimal;

/**
 * One figure as oversight shows it: its value, or why it is not shown. A withheld cell never
 * carries its value, so no page, file or API can print it by mistake.
 */
public record Cell(BigDecimal value, Status status) {

    public enum Status {
        SHOWN,
        /** Nothing to show: no data for the place and year. */
        NONE,
        /** A count of 1–4 that could single out a person: "fewer than 5". */
        FEWER_THAN_FIVE,
        /** Withheld so that no sum gives back a count of fewer than five. */
        COMPLEMENT,
        /** A figure computed over a withheld count. */
        WITHHELD;

        public String messageKey() {
            return "oversight.cell." + name();
        }
    }

    static final Cell NONE = new Cell(null, Status.NONE);

    static Cell of(BigDecimal value) {
        return value == null ? NONE : new Cell(value, Status.SHOWN);
    }

    static Cell hidden(Status status) {
        return new Cell(null, status);
    }

    public boolean shown() {
        return status == Status.SHOWN;
    }

    public boolean suppressed() {
        return status == Status.FEWER_THAN_FIVE || status == Status.COMPLEMENT || status == Status.WITHHELD;
    }
}
