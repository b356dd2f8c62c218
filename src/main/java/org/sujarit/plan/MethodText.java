package org.sujarit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.shared.ThaiDigits;

/**
 * Method steps as an officer types them in one text box, one step per line, numbered as the
 * templates number them: "๑)", "๒)", "๒.๑)", "๒.๑.๑)" (Thai or Arabic digits, "-" before the
 * number allowed). A line without a number continues the step above it.
 */
public final class MethodText {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*-?\\s*\\(?([0-9๐-๙]+(?:\\.[0-9๐-๙]+)*)[).]\\s*(.*)$");

    private MethodText() {
    }

    public static List<Step> parse(String text) {
        List<MutableStep> roots = new ArrayList<>();
        List<MutableStep> open = new ArrayList<>();
        if (text == null) {
            return List.of();
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches() && !numbered.group(2).isBlank()) {
                int depth = ThaiDigits.toArabic(numbered.group(1)).split("\\.").length - 1;
                MutableStep step = new MutableStep(numbered.group(2).strip());
                while (open.size() > depth) {
                    open.remove(open.size() - 1);
                }
                if (open.isEmpty()) {
                    roots.add(step);
                } else {
                    open.get(open.size() - 1).children.add(step);
                }
                open.add(step);
            } else if (!open.isEmpty()) {
                open.get(open.size() - 1).text.append(' ').append(line.replaceFirst("^-\\s*", ""));
            } else {
                MutableStep step = new MutableStep(line.replaceFirst("^-\\s*", ""));
                roots.add(step);
                open.add(step);
            }
        }
        return roots.stream().map(MutableStep::toStep).toList();
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

    private static final class MutableStep {

        private final StringBuilder text;
        private final List<MutableStep> children = new ArrayList<>();

        MutableStep(String text) {
            this.text = new StringBuilder(text);
        }

        Step toStep() {
            return new Step(text.toString(), children.stream().map(MutableStep::toStep).toList());
        }
    }
}
