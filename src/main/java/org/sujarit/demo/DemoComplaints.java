package org.sujarit.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.Cause;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Priority;
import org.sujarit.complaint.Source;

/** The shape of a demo complaint-centre file: the tenant's settings and its cases, each with its history. */
record DemoComplaints(Settings settings, List<DemoCase> cases) {

    record Settings(String prefix, int acknowledgeDays, int actionDays, int reopenDays) {
    }

    /**
     * A case as filed. {@code number} is the number filing is expected to give it; {@code category}
     * a category code; units are paths from the top of the tree; {@code filedBy} the demo account
     * that recorded it on the citizen's behalf.
     */
    record DemoCase(String number, Channel channel, String category, Source source, String filedBy,
                    OffsetDateTime filedAt, String subject, String description, String village, String place,
                    BigDecimal latitude, BigDecimal longitude, LocalDate occurredOn, String occurredText, String involved,
                    String involvedUnit, Boolean anonymous, Contact contact, Boolean notifyByEmail, List<Step> steps) {

        boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        boolean wantsNotices() {
            return Boolean.TRUE.equals(notifyByEmail);
        }

        List<Step> stepsOrNone() {
            return steps == null ? List.of() : steps;
        }
    }

    record Contact(String name, String phone, String email, String address) {
    }

    /** One thing that happened to the case at {@code at}, done by the demo account {@code by}. */
    record Step(OffsetDateTime at, String by, CaseStatus move, String reason, String message, String unit, String reply,
                Boolean explanation, String note, String add, Integer rate, String comment, Cause cause, String measure,
                Priority priority, Boolean overdue) {

        boolean isExplanation() {
            return Boolean.TRUE.equals(explanation);
        }

        boolean noticesOverdue() {
            return Boolean.TRUE.equals(overdue);
        }
    }
}
