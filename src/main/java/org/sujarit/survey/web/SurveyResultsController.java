package org.sujarit.survey.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.FiscalYear;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyAnswers;
import org.sujarit.survey.SurveyResults;
import org.sujarit.survey.Surveys;

/**
 * A survey's results for those who manage it: the figures of a period (days typed in the Buddhist
 * Era, a fiscal year, or every answer), a chart and a table per question, the sub-groups with the
 * small ones merged, and the free-text answers — which only this page shows.
 */
@Controller
class SurveyResultsController {

    private final Surveys surveys;
    private final SurveyResults results;
    private final SurveyAnswers answers;

    SurveyResultsController(Surveys surveys, SurveyResults results, SurveyAnswers answers) {
        this.surveys = surveys;
        this.results = results;
        this.answers = answers;
    }

    @GetMapping("/console/surveys/{surveyId}/results")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                @ModelAttribute("period") ResultsPeriodForm form, BindingResult binding, Locale locale, Model model,
                HttpServletResponse response) {
        Survey survey = surveys.view(me, surveyId).survey();
        SurveyResults.Period period = form.period(binding);
        if (binding.hasErrors()) {
            FormErrors.unprocessable(response);
        }
        boolean english = "en".equals(locale.getLanguage());
        model.addAttribute("survey", survey);
        model.addAttribute("page", binding.hasErrors() ? null : ResultsPage.of(survey, results.of(survey, period), english,
                q -> results.texts(survey, q.key(), period, ResultsPage.TEXTS_SHOWN)));
        model.addAttribute("chosen", period);
        model.addAttribute("years", years(survey));
        model.addAttribute("query", binding.hasErrors() ? "" : form.query());
        return "survey/results";
    }

    /** The fiscal years from the first answer's to this one, newest first. */
    private List<Integer> years(Survey survey) {
        FiscalYear current = FiscalYear.containing(surveys.today());
        LocalDate first = answers.firstDay(survey).orElse(surveys.today());
        List<Integer> years = new ArrayList<>();
        for (FiscalYear y = current; y.compareTo(FiscalYear.containing(first)) >= 0; y = y.previous()) {
            years.add(y.buddhistYear());
        }
        return years;
    }
}
