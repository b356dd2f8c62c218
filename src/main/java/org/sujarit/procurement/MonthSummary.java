package org.sujarit.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A month's summary as the pages show it.
 *
 * @param publishedBy the display name of who published it, {@code null} when unpublished
 * @param updatedBy   the display name of who changed it last, {@code null} when nothing is recorded
 */
public record MonthSummary(FiscalMonth month, MonthState state, Instant publishedAt, String publishedBy,
                           Instant updatedAt, String updatedBy, List<Purchase> purchases) {

    public boolean overdueOn(LocalDate today) {
        return !state.isPublished() && month.overdueOn(today);
    }

    public boolean isPublished() {
        return state.isPublished();
    }
}
