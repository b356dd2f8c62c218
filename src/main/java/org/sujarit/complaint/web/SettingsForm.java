package org.sujarit.complaint.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.Settings;
import org.sujarit.complaint.Settings.Milestone;
import org.sujarit.shared.ThaiDigits;

/**
 * The centre's settings: the case-number prefix, the deadlines in days, and further milestones —
 * one row each, a blank row to add one, a ticked "remove" to drop one.
 */
record SettingsForm(@NotNull(message = "{validation.required}") @Size(max = 8, message = "{validation.tooLong}") String prefix,
                    @NotBlank(message = "{validation.required}") @Size(max = 6, message = "{validation.tooLong}") String acknowledgeDays,
                    @NotBlank(message = "{validation.required}") @Size(max = 6, message = "{validation.tooLong}") String actionDays,
                    @NotBlank(message = "{validation.required}") @Size(max = 6, message = "{validation.tooLong}") String reopenDays,
                    @Valid List<MilestoneRow> milestones) {

    /** The statuses a milestone may wait for (those the database accepts). */
    static final List<CaseStatus> MILESTONE_STATUSES = List.of(CaseStatus.ACCEPTED, CaseStatus.ASSIGNED,
            CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.CLOSED);

    SettingsForm {
        List<MilestoneRow> rows = new ArrayList<>(milestones == null ? List.of()
                : milestones.stream().map(r -> r == null ? MilestoneRow.BLANK : r).toList());
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isBlank()) {
            rows.add(MilestoneRow.BLANK);
        }
        milestones = rows;
    }

    record MilestoneRow(@Size(max = 200, message = "{validation.tooLong}") String nameTh,
                        @Size(max = 200, message = "{validation.tooLong}") String nameEn,
                        CaseStatus status, Integer days, Boolean remove) {

        static final MilestoneRow BLANK = new MilestoneRow("", "", null, null, false);

        boolean isBlank() {
            return (nameTh == null || nameTh.isBlank()) && (nameEn == null || nameEn.isBlank()) && status == null
                    && days == null;
        }
    }

    static SettingsForm of(Settings s) {
        return new SettingsForm(s.prefix(), String.valueOf(s.acknowledgeDays()), String.valueOf(s.actionDays()),
                String.valueOf(s.reopenDays()), s.milestones().stream()
                .map(m -> new MilestoneRow(m.nameTh(), m.nameEn(), m.status(), m.days(), false)).toList());
    }

    /**
     * The days typed in a field, Thai digits too; a value that is no whole number is marked on the
     * field and read as -1, for the form to come back with what was typed.
     */
    int days(String field, BindingResult binding) {
        String typed = switch (field) {
            case "acknowledgeDays" -> acknowledgeDays;
            case "actionDays" -> actionDays;
            default -> reopenDays;
        };
        if (typed == null || typed.isBlank()) {
            return -1;
        }
        try {
            return Integer.parseInt(ThaiDigits.toArabic(typed).strip());
        } catch (NumberFormatException e) {
            mark(binding, field, "typeMismatch");
            return -1;
        }
    }

    /**
     * Marks a field; when another value could not be converted at all the binding holds no form
     * object to mark a field of, and the message goes to the whole form instead.
     */
    static void mark(BindingResult binding, String field, String code) {
        if (binding.getTarget() != null) {
            binding.rejectValue(field, code);
        } else {
            binding.reject(code);
        }
    }

    /** The rows kept: neither blank nor marked for removal. A half-filled row is kept, for the rules to refuse. */
    List<Milestone> toMilestones() {
        return milestones.stream().filter(r -> !r.isBlank() && !Boolean.TRUE.equals(r.remove()))
                .map(r -> new Milestone(null, r.nameTh() == null ? null : r.nameTh().strip(),
                        r.nameEn() == null || r.nameEn().isBlank() ? null : r.nameEn().strip(), r.status(),
                        r.days() == null ? 0 : r.days()))
                .toList();
    }
}
