package org.sujarit.console;

import org.sujarit.shared.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * A figure a module shows on the staff console's home, e.g. the plan's implementation score.
 *
 * @param titleKey message key of the card's title
 * @param figure   the figure itself, already formatted
 * @param noteKey  message key of the line under it, with {@code noteArgs}
 * @param href     where the card leads
 */
public record DashboardCard(String titleKey, String figure, String noteKey, List<Object> noteArgs, String href) {

    /** A module's cards for one tenant; a module with nothing to show returns empty. */
    public interface Source {

        Optional<DashboardCard> card(TenantId tenant);

        int order();
    }
}
