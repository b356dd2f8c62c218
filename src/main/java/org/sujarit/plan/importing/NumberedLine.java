package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts a list entry: "๑)", "- ๒)", "๒.๑)", "(๓)", "๒.๑.๑", "1." or a bare bullet,
 * with its numbering style, its number path ([2, 1] for "๒.๑)") and the text after the label.
 */
record NumberedLine(Style style, List<Integer> path, String text) {

    enum Style {
        /** ๑) and ๒.๑) */
        PARENTHESIS,
        /** (๑) */
        ENCLOSED,
        /** ๑. and ๒.๑ */
        DOT,
        /** - or • with no number */
        BULLET
    }

    private static final String D = ThaiText.DIGIT;
    private static final String BULLET = "[-–•▪●○*·]";
    private static final Pattern ENCLOSED = Pattern.compile("^(?:" + BULLET + "\\s*)?\\(\\s*(" + D + "{1,2})\\s*\\)\\s*(.*)$");
    private static final Pattern PARENTHESIS = Pattern.compile(
            "^(?:" + BULLET + "\\s*)?(" + D + "{1,2}(?:\\s*\\.\\s*" + D + "{1,2})*)\\s*\\)\\s*(.*)$");
    private static final Pattern DOTTED = Pattern.compile(
            "^(?:" + BULLET + "\\s*)?(" + D + "{1,2}(?:\\." + D + "{1,2})*)\\.\\s*+(?!" + D + ")(.*)$");
    private static final Pattern SECTIONED = Pattern.compile(
            "^(?:" + BULLET + "\\s*)?(" + D + "{1,2}(?:\\." + D + "{1,2})+)\\s+(.*)$");
    private static final Pattern BULLETED = Pattern.compile("^" + BULLET + "\\s+(.+)$");

    /** The number of an entry at the top of its list; 0 for a bullet. */
    int number() {
        return path.isEmpty() ? 0 : path.get(path.size() - 1);
    }

    static Optional<NumberedLine> of(String line) {
        String text = line.strip();
        Matcher m = ENCLOSED.matcher(text);
        if (m.matches()) {
            return Optional.of(new NumberedLine(Style.ENCLOSED, path(m.group(1)), m.group(2).strip()));
        }
        m = PARENTHESIS.matcher(text);
        if (m.matches()) {
            return Optional.of(new NumberedLine(Style.PARENTHESIS, path(m.group(1)), m.group(2).strip()));
        }
        m = DOTTED.matcher(text);
        if (m.matches()) {
            return Optional.of(new NumberedLine(Style.DOT, path(m.group(1)), m.group(2).strip()));
        }
        m = SECTIONED.matcher(text);
        if (m.matches()) {
            return Optional.of(new NumberedLine(Style.DOT, path(m.group(1)), m.group(2).strip()));
        }
        m = BULLETED.matcher(text);
        if (m.matches()) {
            return Optional.of(new NumberedLine(Style.BULLET, List.of(), m.group(1).strip()));
        }
        return Optional.empty();
    }

    private static List<Integer> path(String label) {
        List<Integer> path = new ArrayList<>();
        for (String part : ThaiText.arabic(label).split("\\.")) {
            path.add(Integer.parseInt(part.strip()));
        }
        return List.copyOf(path);
    }
}
