package org.sujarit.survey.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Consultation;
import org.sujarit.survey.Consultations;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyNotFound;
import org.sujarit.survey.Surveys;

/**
 * The officer's side of a consultation: what is put to comment, then the summary of what was said
 * and what was done about it, published on the portal once the consultation has closed. The
 * comments themselves are read on the survey's results page and are never published.
 */
@Controller
@RequestMapping("/console/surveys/{surveyId}/consultation")
class ConsultationController {

    private final Surveys surveys;
    private final Consultations consultations;

    ConsultationController(Surveys surveys, Consultations consultations) {
        this.surveys = surveys;
        this.consultations = consultations;
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, Model model) {
        Surveys.View view = surveys.view(me, surveyId);
        if (view.survey().kind() != Survey.Kind.CONSULTATION) {
            throw new SurveyNotFound();
        }
        Consultation c = consultations.of(me, surveyId).orElse(null);
        model.addAttribute("view", view);
        model.addAttribute("consultation", c);
        model.addAttribute("subjects", Consultation.Subject.values());
        if (!model.containsAttribute("subject")) {
            model.addAttribute("subject", c == null ? null : c.subject().name());
            model.addAttribute("draftText", c == null ? null : c.draftText());
            model.addAttribute("draftLink", c == null ? null : c.draftLink());
            model.addAttribute("summary", c == null ? null : c.summary());
            model.addAttribute("actions", c == null ? null : c.actions());
        }
        return "survey/consultation";
    }

    @PostMapping
    String about(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                 @RequestParam(required = false) String subject, @RequestParam(required = false) String draftText,
                 @RequestParam(required = false) String draftLink, HttpServletResponse response, Model model) {
        try {
            consultations.about(me, surveyId, subject(subject), draftText, draftLink);
            return "redirect:/console/surveys/" + surveyId + "/consultation";
        } catch (RuleViolation violation) {
            model.addAttribute("subject", subject);
            model.addAttribute("draftText", draftText);
            model.addAttribute("draftLink", draftLink);
            return refused(me, surveyId, violation, response, model);
        }
    }

    @PostMapping("/summary")
    String summary(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                   @RequestParam(required = false) String summary, @RequestParam(required = false) String actions,
                   @RequestParam(defaultValue = "false") boolean publish, HttpServletResponse response, Model model) {
        try {
            consultations.summarise(me, surveyId, summary, actions, publish);
            return "redirect:/console/surveys/" + surveyId + "/consultation";
        } catch (RuleViolation violation) {
            model.addAttribute("summary", summary);
            model.addAttribute("actions", actions);
            return refused(me, surveyId, violation, response, model);
        }
    }

    private String refused(StaffPrincipal me, UUID surveyId, RuleViolation violation, HttpServletResponse response, Model model) {
        FormErrors.unprocessable(response);
        model.addAttribute("problem", violation.messageKey());
        model.addAttribute("problemField", violation.field());
        Consultation c = consultations.of(me, surveyId).orElse(null);
        if (!model.containsAttribute("subject")) {
            model.addAttribute("subject", c == null ? null : c.subject().name());
            model.addAttribute("draftText", c == null ? null : c.draftText());
            model.addAttribute("draftLink", c == null ? null : c.draftLink());
        }
        if (!model.containsAttribute("summary")) {
            model.addAttribute("summary", c == null ? null : c.summary());
            model.addAttribute("actions", c == null ? null : c.actions());
        }
        return page(me, surveyId, model);
    }

    private static Consultation.Subject subject(String subject) {
        try {
            return subject == null || subject.isBlank() ? null : Consultation.Subject.valueOf(subject);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("subject", "validation.required");
        }
    }
}
