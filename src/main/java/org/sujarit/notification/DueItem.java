package org.sujarit.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.sujarit.staff.Role;

/**
 * Something a person has to do by a date — a risk to review, a plan item to report on — as a
 * module offers it to the daily e-mail digests. It carries a title only, never personal data of
 * citizens, since it is mailed as it is.
 *
 * @param tenantId the local government it belongs to
 * @param unitId   the responsible unit; {@code null} makes it the integrity officer's business (or that of
 *                 {@code addressedTo})
 * @param module   the module it comes from: {@code "risk"}, {@code "plan"} …
 * @param titleTh  the title in Thai
 * @param titleEn  the title in English; {@code null} or blank when there is none (the Thai title
 *                 then stands on the English line)
 * @param dueDate  when it is due
 * @param href     its path in the console, e.g. {@code /console/risk/…}
 * @param done     done items may be returned; they are never mailed
 * @param hiddenFromUnit staff of this unit and of the units beneath it never receive the item,
 *                 whatever their role — the unit a corruption report is about; {@code null} for none
 * @param addressedTo the role whose holders in the tenant receive the item instead of the integrity officer —
 *                 the executive, who decides on a reported gift; {@code null} for the usual recipients.
 *                 Only for items without a unit.
 */
public record DueItem(UUID tenantId, UUID unitId, String module, String titleTh, String titleEn,
                      LocalDate dueDate, String href, boolean done, UUID hiddenFromUnit, Role addressedTo) {

    public DueItem(UUID tenantId, UUID unitId, String module, String titleTh, String titleEn, LocalDate dueDate,
                   String href, boolean done) {
        this(tenantId, unitId, module, titleTh, titleEn, dueDate, href, done, null, null);
    }

    public DueItem(UUID tenantId, UUID unitId, String module, String titleTh, String titleEn, LocalDate dueDate,
                   String href, boolean done, UUID hiddenFromUnit) {
        this(tenantId, unitId, module, titleTh, titleEn, dueDate, href, done, hiddenFromUnit, null);
    }

    /** An item for the holders of one role in the tenant (e.g. the executive), whatever their unit. */
    public static DueItem forRole(UUID tenantId, Role role, String module, String titleTh, String titleEn,
                                  LocalDate dueDate, String href, boolean done) {
        return new DueItem(tenantId, null, module, titleTh, titleEn, dueDate, href, done, null,
                Objects.requireNonNull(role, "role"));
    }

    public DueItem {
        if (addressedTo != null && unitId != null) {
            throw new IllegalArgumentException("An item addressed to a role has no unit");
        }
        Objects.requireNonNull(tenantId, "tenant id");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(titleTh, "Thai title");
        Objects.requireNonNull(dueDate, "due date");
        Objects.requireNonNull(href, "href");
        if (!href.startsWith("/")) {
            throw new IllegalArgumentException("href must be a path in the console: " + href);
        }
    }

    /** A record's text as one line short enough for a title (at most 120 characters). */
    public static String titleLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    /**
     * Implemented by a module, as a bean, that has things coming due. The notification module asks
     * every source once per daily run.
     */
    public interface Source {

        /** Items due within the next 14 days or overdue, as the module decides. */
        List<DueItem> dueItems(LocalDate today);
    }
}
