package org.sujarit.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.GiftAction;
import org.sujarit.registers.GiftBeyondRule;
import org.sujarit.registers.GiftLabels;
import org.sujarit.registers.GiftCategory;
import org.sujarit.registers.GiftDecision;
import org.sujarit.registers.GiverKind;
import org.sujarit.registers.Gifts;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;

/** What the register's pages share: the choices of the forms, the current year, and how a refusal is shown. */
@Component
class GiftPages {

    private final Gifts gifts;
    private final Clock clock;

    GiftPages(Gifts gifts, Clock clock) {
        this.gifts = gifts;
        this.clock = clock;
    }

    FiscalYear currentYear() {
        return FiscalYear.containing(LocalDate.now(clock));
    }

    /** The year asked for, or the current one; a year beyond the current one is the current one. */
    FiscalYear year(Integer asked) {
        FiscalYear current = currentYear();
        if (asked == null || asked < 2500 || asked > current.buddhistYear()) {
            return current;
        }
        return new FiscalYear(asked);
    }

    void choices(Model model) {
        model.addAttribute("giverKinds", GiverKind.values());
        model.addAttribute("categories", GiftCategory.values());
        model.addAttribute("actions", GiftAction.values());
        model.addAttribute("decisions", GiftDecision.values());
        model.addAttribute("rule", gifts.rule(currentYear()));
    }

    /** A rule the use case refused, shown at its field; the refusal of "accepted within the rule" says why. */
    static void reject(BindingResult binding, RuleViolation violation, HttpServletResponse response) {
        if (violation instanceof GiftBeyondRule beyond) {
            binding.rejectValue("action", beyond.messageKey(),
                    new Object[] {GiftLabels.bahtInText(beyond.limit()), beyond.reportDays()}, null);
        } else {
            FormErrors.reject(binding, violation, Map.of());
        }
        FormErrors.unprocessable(response);
    }
}
