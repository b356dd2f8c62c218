package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The dimension a sheet comes under, as the text heads it: the last "มิติที่ ๒ …" line before the sheet
 * and the sub-dimension lines below it ("๒.๑ …", "๒.๑.๑ …"), outermost first. A sheet without such
 * lines of its own comes under the heading of the sheet before it.
 */
public record DimensionHeading(List<Level> levels) {

    /** One heading line: its number in Arabic digits ("2", "2.1") and its text as written. */
    public record Level(String number, String text) {
    }

    public DimensionHeading {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("A dimension heading has at least one level");
        }
        levels = List.copyOf(levels);
    }

    /** The deepest number the text gives: "2.1" under "มิติที่ ๒" and "๒.๑ …". */
    public String number() {
        return levels.get(levels.size() - 1).number();
    }

    /** The numbers to look for in the plan's dimension tree, deepest first: "2.1.1", "2.1", "2". */
    public List<String> numbersDeepestFirst() {
        List<String> numbers = new ArrayList<>();
        String number = number();
        while (true) {
            numbers.add(number);
            int dot = number.lastIndexOf('.');
            if (dot < 0) {
                return numbers;
            }
            number = number.substring(0, dot);
        }
    }

    /** The heading lines as one text, for the person importing to check. */
    public String text() {
        return String.join(" › ", levels.stream().map(Level::text).toList());
    }
}
