package org.sujarit.plan.importing;

import java.util.Arrays;
import java.util.List;

import org.sujarit.plan.Step;

/**
 * Method steps as an officer types them in one text box, one step per line, numbered as the
 * templates number them: "๑)", "๒)", "๒.๑)", "๒.๑.๑)" (Thai or Arabic digits, "-" before the
 * number allowed). A line without a number continues the step above it. Read by the same rules
 * as an imported plan's method.
 */
public final class MethodText {

    private MethodText() {
    }

    public static List<Step> parse(String text) {
        return text == null ? List.of() : MethodSteps.of(Arrays.asList(text.split("\\R")));
    }

    /** The steps written back as numbered lines, "1)", "1.1)" … */
    public static String format(List<Step> steps) {
        StringBuilder text = new StringBuilder();
        format(steps, "", text);
        return text.toString().stripTrailing();
    }

    private static void format(List<Step> steps, String prefix, StringBuilder text) {
        for (int i = 0; i < steps.size(); i++) {
            String number = prefix + (i + 1);
            text.append(number).append(") ").append(steps.get(i).text()).append('\n');
            format(steps.get(i).steps(), number + ".", text);
        }
    }
}
