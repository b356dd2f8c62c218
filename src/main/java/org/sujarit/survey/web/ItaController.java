package org.sujarit.survey.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.ItaScores;
import org.sujarit.tenant.Organisations;

/**
 * An ITA rehearsal's page: each indicator's score against the pass mark, as a chart and as a
 * table, the whole survey's score, and the sample the NACC would draw for this LAO with whether
 * the answers reach it.
 */
@Controller
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
class ItaController {

    private final ItaScores scores;
    private final Organisations organisations;

    ItaController(ItaScores scores, Organisations organisations) {
        this.scores = scores;
        this.organisations = organisations;
    }

    @GetMapping("/console/surveys/{surveyId}/ita")
    String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, Model model) {
        ItaScores.Card card = scores.of(me, surveyId);
        model.addAttribute("card", card);
        model.addAttribute("ita", card.template().ita());
        model.addAttribute("kind", organisations.get(me.tenant()).kind());
        if (card.scores() != null) {
            model.addAttribute("chart", ItaChart.of(card.scores(), card.template().ita().passMark()));
        }
        return "survey/ita";
    }
}
