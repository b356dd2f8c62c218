package org.sujarit.survey.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Question;
import org.sujarit.survey.QuestionType;
import org.sujarit.survey.Questionnaire;
import org.sujarit.survey.SurveyNotFound;
import org.sujarit.survey.Surveys;

/**
 * A question's form: a new one at the end of a section, or one of the survey's. A new question
 * takes a key no version of the survey has used; so does a question whose type changes, since its
 * answers no longer mean what the earlier ones meant.
 */
@Controller
@PreAuthorize(AuthoringPages.AUTHORS)
@RequestMapping("/console/surveys/{surveyId}/questions")
class QuestionController {

    /** The field of the question's form that each rule of a questionnaire concerns. */
    private static final Map<String, String> FIELD_OF = Map.of("survey.question.textRequired", "th",
            "survey.text.tooLong", "th", "survey.question.choices", "choices", "survey.question.range", "max",
            "survey.question.shownIf", "shownIfQuestion", "survey.question.correct", "correct",
            "survey.question.points", "points", "survey.question.groups", "groups");

    private final Surveys surveys;

    QuestionController(Surveys surveys) {
        this.surveys = surveys;
    }

    /** Where the form is: the survey, the question's key ({@code null} for a new one), its section, the questions before it. */
    private record Place(Surveys.View view, String key, int section, List<Question> before) {
    }

    @GetMapping("/new")
    String blank(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                 @RequestParam(defaultValue = "0") int section, Model model) {
        Surveys.View view = surveys.view(me, surveyId);
        return page(new Place(view, null, section, QuestionnaireEdits.before(view.questions(), section)),
                QuestionForm.blank(), model);
    }

    @PostMapping("/new")
    String add(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
               @RequestParam(defaultValue = "0") int section, @ModelAttribute("form") QuestionForm form,
               BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Surveys.View view = surveys.view(me, surveyId);
        Place place = new Place(view, null, section, QuestionnaireEdits.before(view.questions(), section));
        if (form.refresh() || binding.hasErrors()) {
            return again(place, form, binding, model, response);
        }
        String key = surveys.newKey(me, surveyId);
        Question question = form.toQuestion(key, view.survey().test(), binding);
        return save(me, place, form, question == null ? null : QuestionnaireEdits.add(view.questions(), section, question),
                key, binding, model, response, redirect);
    }

    @GetMapping("/{questionKey}")
    String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @PathVariable String questionKey,
                Model model) {
        Place place = place(surveys.view(me, surveyId), questionKey);
        return page(place, QuestionForm.of(place.view().questions().question(questionKey).orElseThrow()), model);
    }

    @PostMapping("/{questionKey}")
    String change(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @PathVariable String questionKey,
                  @ModelAttribute("form") QuestionForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Place place = place(surveys.view(me, surveyId), questionKey);
        Questionnaire questions = place.view().questions();
        if (form.refresh() || binding.hasErrors()) {
            return again(place, form, binding, model, response);
        }
        // Answers are counted by key across versions: a question that would read earlier answers wrongly
        // (another type; once answered, choices moved or reworded) gets a key of its own.
        Question before = questions.question(questionKey).orElseThrow();
        Question question = form.toQuestion(questionKey, place.view().survey().test(), binding);
        String key = questionKey;
        if (question != null && (question.type() != before.type()
                || (place.view().answers() > 0 && QuestionnaireEdits.rereadsAnswers(before, question)))) {
            key = surveys.newKey(me, surveyId);
            question = QuestionnaireEdits.withKey(question, key);
        }
        return save(me, place, form, question == null ? null : QuestionnaireEdits.replace(questions, questionKey, question),
                key, binding, model, response, redirect);
    }

    /** Keeps the questionnaire, or shows the form again with 422 and the broken rule at its field. */
    private String save(StaffPrincipal me, Place place, QuestionForm form, Questionnaire changed, String key,
                        BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Surveys.View view = place.view();
        if (changed != null) {
            try {
                int version = surveys.revise(me, view.survey().id(), changed);
                redirect.addFlashAttribute("notice", version > view.survey().version() ? "survey.builder.newVersion"
                        : "survey.builder.saved");
                return "redirect:/console/surveys/" + view.survey().id() + "/questions#question-" + key;
            } catch (RuleViolation violation) {
                if (("q." + key).equals(violation.field()) && FIELD_OF.containsKey(violation.messageKey())) {
                    binding.rejectValue(FIELD_OF.get(violation.messageKey()), violation.messageKey());
                } else {
                    binding.reject(violation.messageKey());
                }
            }
        }
        return again(place, form, binding, model, response);
    }

    /** The form again, unsaved: 422 when something is wrong, 200 when only the options were asked for. */
    private static String again(Place place, QuestionForm form, BindingResult binding, Model model,
                                HttpServletResponse response) {
        if (binding.hasErrors()) {
            FormErrors.unprocessable(response);
        }
        return page(place, form, model);
    }

    private static Place place(Surveys.View view, String key) {
        Questionnaire questions = view.questions();
        questions.question(key).orElseThrow(SurveyNotFound::new);
        return new Place(view, key, QuestionnaireEdits.sectionOf(questions, key), QuestionnaireEdits.before(questions, key));
    }

    /** The form's page; {@code picked} is the earlier question chosen for "shown only when", whose options are ticked. */
    private static String page(Place place, QuestionForm form, Model model) {
        List<Question> earlier = place.before().stream().filter(q -> q.type().choosing()).toList();
        model.addAttribute("form", form);
        model.addAttribute("picked", earlier.stream().filter(q -> q.key().equals(form.shownIfQuestion())).findFirst().orElse(null));
        model.addAttribute("earlier", earlier);
        model.addAttribute("view", place.view());
        model.addAttribute("survey", place.view().survey());
        model.addAttribute("key", place.key());
        model.addAttribute("section", place.section());
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("numbers", QuestionnaireController.numbers(place.view().questions()));
        return "survey/console/question";
    }
}
