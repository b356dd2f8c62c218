package org.sujarit.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;

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

    /**
     * An item as it stands on a day: each period of its frequency with its due date, what was
     * published for it, and what the system holds for it (evidence of the item's source for the
     * period, for the item's own source period, or once).
     *
     * @param published the year's current publications by {@link #periodKey}
     */
    static ItemState of(ChecklistItem item, FiscalYear year, LocalDate today, Map<String, List<Publication>> published,
                        List<PublishedEvidence> evidence, UUID unitId, String unitName) {
        List<PeriodState> periods = new ArrayList<>();
        for (String period : item.frequency().periods()) {
            List<PublishedEvidence> found = item.sourceName() == null ? List.of() : evidence.stream()
                    .filter(e -> e.source().equals(item.sourceName()))
                    .filter(e -> e.period().equals("ONCE")
                            || e.period().equals(item.sourcePeriod() != null ? item.sourcePeriod() : period))
                    .toList();
            periods.add(new PeriodState(period, item.due().dueDate(year, period),
                    published.getOrDefault(periodKey(item.number(), period), List.of()), found));
        }
        Standing standing = standing(periods, today);
        return new ItemState(item, unitId, unitName, List.copyOf(periods), standing.state(), standing.nextDue());
    }

    /** An item number and a period as publications are grouped by ("O12/M01"). */
    static String periodKey(String number, String period) {
        return number.toUpperCase(Locale.ROOT) + "/" + period;
    }

    /** An item's state on a day and its next due date without evidence, from its periods. */
    record Standing(State state, LocalDate nextDue) {
    }

    static Standing standing(List<PeriodState> periods, LocalDate today) {
        LocalDate nextDue = periods.stream().filter(p -> !p.covered() && !p.dueDate().isBefore(today))
                .map(PeriodState::dueDate).findFirst().orElse(null);
        if (periods.stream().anyMatch(p -> !p.covered() && p.dueDate().isBefore(today))) {
            return new Standing(State.OVERDUE, nextDue);
        }
        if (nextDue != null && !nextDue.isAfter(today.plusDays(Disclosures.NOTICE_DAYS))) {
            return new Standing(State.DUE_SOON, nextDue);
        }
        return new Standing(periods.stream().anyMatch(PeriodState::covered) ? State.CURRENT : State.MISSING, nextDue);
    }
}
