package org.sujarit.infrastructure.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiDates;
import org.sujarit.shared.ThaiDates.UnreadableDate;

/**
 * Shows a broken domain rule next to the field it concerns and answers 422, so that a form
 * comes back with everything the user typed and says what to fix.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, RuleViolation violation) {
        reject(binding, violation, Map.of());
    }

    /** As {@link #reject(BindingResult, RuleViolation)}, where the form names some fields differently. */
    public static void reject(BindingResult binding, RuleViolation violation, Map<String, String> formFieldOf) {
        String field = violation.field() == null ? null : formFieldOf.getOrDefault(violation.field(), violation.field());
        if (field != null && hasField(binding.getTarget(), field)) {
            binding.rejectValue(field, violation.messageKey());
        } else {
            binding.reject(violation.messageKey());
        }
    }

    /**
     * The date typed into a field a form keeps as text, read as a {@code LocalDate} field would be
     * (see {@code BuddhistDateFields}); {@code null} when blank, or with the reason rejected on the
     * field when it cannot be read.
     */
    public static LocalDate date(BindingResult binding, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return ThaiDates.parse(typed);
        } catch (UnreadableDate unreadable) {
            binding.rejectValue(field, unreadable.messageKey(), unreadable.arguments(), unreadable.getMessage());
            return null;
        }
    }

    private static boolean hasField(Object form, String field) {
        if (form == null) {
            return false;
        }
        if (form.getClass().isRecord()) {
            return Arrays.stream(form.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
        }
        return org.springframework.beans.BeanUtils.getPropertyDescriptor(form.getClass(), field) != null;
    }

    /** Marks the response of a form shown again with errors. */
    public static void unprocessable(HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
