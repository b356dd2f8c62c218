package org.sujarit.notification;

import java.util.Comparator;
import java.util.List;

import org.sujarit.notification.DueItem;
import org.sujarit.staff.StaffUser;

/** One person's open items for the day, overdue first. */
record Digest(StaffUser recipient, List<DueItem> items) {

    /** Overdue items are those with the earliest dates, so the date order puts them first. */
    private static final Comparator<DueItem> OVERDUE_FIRST = Comparator.comparing(DueItem::dueDate)
            .thenComparing(DueItem::titleTh);

    Digest {
        items = items.stream().filter(item -> !item.done()).distinct().sorted(OVERDUE_FIRST).toList();
    }

    String subject() {
        int count = items.size();
        return "สุจริต: รายการที่ครบกำหนด " + count + " รายการ (Sujarit: " + count
                + (count == 1 ? " item" : " items") + " due)";
    }
}
