package org.sujarit.oversight.followup.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.oversight.followup.OversightRequests;
import org.sujarit.oversight.followup.RequestDraft;
import org.sujarit.shared.IndicatorSource;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.StaffPrincipal;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An overseer writes to one local government within their scope, usually from an indicator of its
 * page ({@code ?indicator=plan.published&year=2569}). An LAO outside the scope, or unknown, is 404.
 */
@Controller
class SendRequestController {

    /** Days the LAO is given by default. */
    static final int DEFAULT_DAYS = 15;

    private final OversightRequests requests;
    private final ObjectProvider<IndicatorSource> indicators;

    SendRequestController(OversightRequests requests, ObjectProvider<IndicatorSource> indicators) {
        this.requests = requests;
        this.indicators = indicators;
    }

    @GetMapping("/oversight/laos/{slug}/requests/new")
    String form(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String slug,
                @RequestParam(required = false) String indicator, @RequestParam(required = false) String year,
                Model model, Locale locale) {
        String laoName = requests.laoName(me.oversight(), slug, locale);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RequestForm(indicator, year,
                    null, null, ThaiDates.numericDate(requests.today().plusDays(DEFAULT_DAYS))));
        }
        model.addAttribute("slug", slug);
        model.addAttribute("laoName", laoName);
        model.addAttribute("indicators", indicators.orderedStream().flatMap(s -> s.indicators().stream())
                .map(IndicatorSource.Indicator::key).toList());
        return "oversight/requests/new";
    }

    @PostMapping("/oversight/laos/{slug}/requests")
    String send(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String slug,
                @ModelAttribute("form") RequestForm form, BindingResult binding, Model model, Locale locale,
                HttpServletResponse response, RedirectAttributes redirect) {
        requests.laoName(me.oversight(), slug, locale);
        LocalDate dueOn = FormErrors.date(binding, "dueOn", form.dueOn());
        Integer year = year(binding, form.fiscalYear());
        if (!binding.hasErrors()) {
            try {
                requests.send(me, slug, new RequestDraft(form.indicator(), year, form.subject(), form.message(), dueOn));
                redirect.addFlashAttribute("notice", "followup.sent");
                return "redirect:/oversight/requests";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation, Map.of());
            }
        }
        FormErrors.unprocessable(response);
        return form(me, slug, null, null, model, locale);
    }

    /** The fiscal year typed, in Thai or Arabic digits; a year that is not a number is the field's error. */
    private static Integer year(BindingResult binding, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = org.sujarit.shared.ThaiDigits.toArabic(typed.strip());
        if (!digits.matches("[0-9]{4}")) {
            binding.rejectValue("fiscalYear", "followup.fiscalYear.invalid");
            return null;
        }
        return Integer.valueOf(digits);
    }
}
