package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a period names: Thai month names, full or abbreviated, with or without "เดือน",
 * ranges "A – B" (any dash, or "ถึง") that may run past December, joined by "และ" or commas;
 * "ตลอดปี" means all twelve. Months come back in fiscal order, October first.
 */
final class PeriodMonths {

    private static final List<Integer> FISCAL_ORDER = List.of(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    private static final String[] FULL = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] SHORT = {"ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค",
        "พ.ย", "ธ.ค"};
    private static final Pattern MONTH = monthPattern();
    private static final Pattern RANGE = Pattern.compile("[-–—‒―~]|ถึง");
    private static final Pattern WHOLE_YEAR = Pattern.compile("ตลอดปี|ทั้งปี|ตลอดทั้งปี|12\\s*เดือน");
    private static final String BE = "(?:พ\\.\\s*ศ\\.\\s*)?";
    /** "ปีงบประมาณ ๒๕๖๘", "ปีงบประมาณ พ.ศ. ๒๕๖๘", "ปีงบประมาณ ๒๕๖๖ – ๒๕๗๐". */
    private static final Pattern FISCAL_YEARS = Pattern.compile(
            "ปีงบประมาณ\\s*" + BE + "(25\\d\\d)(?:\\s*(?:[-–—‒]|ถึง)\\s*" + BE + "(25\\d\\d))?");
    /** The year written after a month: "ตุลาคม ๒๕๖๗", "ต.ค. ๖๗", "มีนาคม พ.ศ. ๒๕๖๘". */
    private static final Pattern YEAR_AFTER_MONTH = Pattern.compile("\\s*" + BE + "(25\\d\\d|\\d\\d)(?!\\d)");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)25\\d\\d(?!\\d)");

    private PeriodMonths() {
    }

    static Optional<List<Integer>> of(String text) {
        String arabic = ThaiText.arabic(text);
        List<int[]> found = new ArrayList<>();
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            found.add(new int[] {month(m), m.start(), m.end()});
        }
        if (found.isEmpty()) {
            return WHOLE_YEAR.matcher(arabic).find() ? Optional.of(FISCAL_ORDER) : Optional.empty();
        }
        Set<Integer> months = new LinkedHashSet<>();
        for (int i = 0; i < found.size(); i++) {
            int from = found.get(i)[0];
            boolean range = i + 1 < found.size()
                    && RANGE.matcher(text.substring(found.get(i)[2], found.get(i + 1)[1])).find();
            int to = range ? found.get(++i)[0] : from;
            for (int month = from; ; month = month % 12 + 1) {
                months.add(month);
                if (month == to) {
                    break;
                }
            }
        }
        return Optional.of(FISCAL_ORDER.stream().filter(months::contains).toList());
    }

    /**
     * The one fiscal year a period names, if it names exactly one: "ปีงบประมาณ ๒๕๖๘", or months with
     * their year ("ตุลาคม ๒๕๖๗ – ธันวาคม ๒๕๖๗" is fiscal year 2568, which starts in October). Empty when
     * it names none, several, or a year it does not tie to a month or "ปีงบประมาณ".
     */
    static Optional<Integer> fiscalYear(String text) {
        String arabic = ThaiText.arabic(text);
        Set<Integer> years = new TreeSet<>();
        int placed = 0;
        Matcher named = FISCAL_YEARS.matcher(arabic);
        while (named.find()) {
            int from = Integer.parseInt(named.group(1));
            int to = named.group(2) == null ? from : Integer.parseInt(named.group(2));
            for (int year = from; year <= to; year++) {
                years.add(year);
            }
            placed += named.group(2) == null ? 1 : 2;
        }
        Matcher m = MONTH.matcher(arabic);
        while (m.find()) {
            Matcher year = YEAR_AFTER_MONTH.matcher(arabic).region(m.end(), arabic.length());
            if (year.lookingAt()) {
                String digits = year.group(1);
                int calendar = digits.length() == 2 ? 2500 + Integer.parseInt(digits) : Integer.parseInt(digits);
                years.add(month(m) >= 10 ? calendar + 1 : calendar);
                placed += digits.length() == 4 ? 1 : 0;
            }
        }
        long written = ANY_YEAR.matcher(arabic).results().count();
        return years.size() == 1 && written == placed ? Optional.of(years.iterator().next()) : Optional.empty();
    }

    private static int month(Matcher m) {
        for (int i = 0; i < 12; i++) {
            if (m.group("f" + i) != null || m.group("s" + i) != null) {
                return i + 1;
            }
        }
        throw new IllegalStateException("A month matched without a name");
    }

    private static Pattern monthPattern() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("(?<f" + i + ">" + FULL[i] + ")");
        }
        for (int i = 0; i < 12; i++) {
            String[] parts = SHORT[i].split("\\.");
            names.add("(?<s" + i + ">(?<![ก-ฮ])" + parts[0] + "\\.\\s?" + parts[1] + "(?![ก-ฮ])\\.?)");
        }
        return Pattern.compile(String.join("|", names));
    }
}
