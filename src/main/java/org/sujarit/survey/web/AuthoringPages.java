package org.sujarit.survey.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Survey;
import org.sujarit.survey.Surveys;
import org.sujarit.tenant.Units;

/** What the authoring pages share: who may author, the choices of the settings form, how a refusal is shown. */
@Component
class AuthoringPages {

    /** The integrity officer (every survey of the tenant) and a unit's staff (their unit's). */
    static final String AUTHORS = "hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')";

    private final Surveys surveys;
    private final Units units;

    AuthoringPages(Surveys surveys, Units units) {
        this.surveys = surveys;
        this.units = units;
    }

    /** The choices of the settings form; {@code survey} is the one being edited ({@code null} for a new one). */
    void settingsChoices(StaffPrincipal me, UUID survey, Model model) {
        model.addAttribute("kinds", Survey.Kind.values());
        model.addAttribute("audiences", Survey.Audience.values());
        model.addAttribute("officer", me.has(Role.INTEGRITY_OFFICER));
        model.addAttribute("units", me.has(Role.INTEGRITY_OFFICER) ? units.activeTree(me.tenant()) : java.util.List.of());
        model.addAttribute("preTests", surveys.list(me).stream()
                .filter(s -> s.kind() == Survey.Kind.TEST && !s.id().equals(survey)).toList());
    }

    /** A rule of the settings refused, shown at its field with 422. */
    static void reject(BindingResult binding, RuleViolation violation, HttpServletResponse response) {
        FormErrors.reject(binding, violation, Map.of());
        FormErrors.unprocessable(response);
    }
}
