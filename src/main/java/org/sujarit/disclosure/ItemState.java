package org.sujarit.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.sujarit.shared.PublishedEvidence;

/**
 * A checklist item as it stands for one local government in one fiscal year: its periods with
 * their due dates and evidence, and its state.
 *
 * @param unitId the responsible unit, or null for the integrity officer
 */
public record ItemState(ChecklistItem item, UUID unitId, String unitName, List<PeriodState> periods, State state,
                        LocalDate nextDue) {

    public enum State {
        /** Every period due so far has evidence, and some evidence exists. */
        CURRENT,
        /** A period falls due within two weeks without evidence. */
        DUE_SOON,
        /** A period's due date has passed without evidence. */
        OVERDUE,
        /** Nothing published yet, though nothing is overdue either. */
        MISSING;

        public String messageKey() {
            return "disclosure.state." + name();
        }
    }

    /** A period of the item: its due date, what was published for it, what the system holds for it. */
    public record PeriodState(String period, LocalDate dueDate, List<Publication> publications,
                              List<PublishedEvidence> evidence) {

        public boolean covered() {
            return !publications.isEmpty() || !evidence.isEmpty();
        }
    }

    /** Whether the item has current evidence to show an assessor: some, and nothing overdue. */
    public boolean ready() {
        return state != State.OVERDUE && periods.stream().anyMatch(PeriodState::covered);
    }

    public String title(Locale locale) {
        return item.title(locale);
    }
}
