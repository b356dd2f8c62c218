package org.sujarit.registers.web;

import java.util.List;
import java.util.UUID;

import org.springframework.validation.BindingResult;
import org.sujarit.registers.Agreement;
import org.sujarit.registers.AgreementContent;
import org.sujarit.registers.AgreementGoal;

/**
 * An agreement as typed: the year, the person (and the unit they sign for, if any), the supervisor
 * and the goal rows. The weights stay text so that one that does not read comes back as typed.
 */
record AgreementForm(Integer year, UUID personId, UUID unitId, UUID supervisorId, List<String> goals,
                     List<String> indicators, List<String> targets, List<String> weights) {

    static AgreementForm blank(int year) {
        return new AgreementForm(year, null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    static AgreementForm of(Agreement a) {
        return new AgreementForm(a.fiscalYear(), a.person().id(), a.unitId(), a.supervisor().id(),
                a.goals().stream().map(AgreementGoal::goal).toList(), a.goals().stream().map(AgreementGoal::indicator).toList(),
                a.goals().stream().map(AgreementGoal::target).toList(),
                a.goals().stream().map(g -> String.valueOf(g.weight())).toList());
    }

    /** The content, or {@code null} with what does not read rejected on the binding; the rules are the content's. */
    AgreementContent toContent(BindingResult binding) {
        if (!AgreementYears.plausible(year)) {
            binding.rejectValue("year", "agreement.yearInvalid");
        }
        List<AgreementGoal> rows = AgreementGoalRows.read(binding, goals, indicators, targets, weights);
        if (binding.hasErrors()) {
            return null;
        }
        return new AgreementContent(year, personId, unitId, supervisorId, rows);
    }
}
