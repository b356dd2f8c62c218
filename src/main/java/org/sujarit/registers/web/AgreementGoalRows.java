package org.sujarit.registers.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.sujarit.registers.AgreementGoal;
import org.sujarit.shared.ThaiDigits;

/**
 * The goal rows of a form as four parallel lists (goal, indicator, target, weight); blank rows are
 * left out, a weight that is no whole number is rejected on the form's {@code weights}.
 */
final class AgreementGoalRows {

    private AgreementGoalRows() {
    }

    static List<AgreementGoal> read(BindingResult binding, List<String> goals, List<String> indicators, List<String> targets,
                                    List<String> weights) {
        List<AgreementGoal> rows = new ArrayList<>();
        int size = Math.max(Math.max(size(goals), size(indicators)), Math.max(size(targets), size(weights)));
        for (int i = 0; i < size; i++) {
            String goal = at(goals, i);
            String indicator = at(indicators, i);
            String target = at(targets, i);
            String weight = at(weights, i);
            if (goal.isEmpty() && indicator.isEmpty() && target.isEmpty() && weight.isEmpty()) {
                continue;
            }
            Integer percent = weight(weight);
            if (percent == null) {
                if (!binding.hasFieldErrors("weights")) {
                    binding.rejectValue("weights", "agreement.weightNotNumber");
                }
                continue;
            }
            rows.add(new AgreementGoal(goal, indicator, target, percent));
        }
        return rows;
    }

    private static Integer weight(String typed) {
        String digits = ThaiDigits.toArabic(typed).replace("%", "").strip();
        if (!digits.matches("\\d{1,3}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).strip();
    }
}
