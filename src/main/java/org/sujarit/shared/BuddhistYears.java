package org.sujarit.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Buddhist-Era years named in a text: written in full ("๒๕๖๖", "2566") or short after a Thai month
 * abbreviation ("ต.ค. ๖๓" is October 2563). Thai or Arabic digits.
 */
public final class BuddhistYears {

    private static final Pattern YEAR = Pattern.compile("(25[0-9]{2})|(?:[ก-ฮ]\\.[ก-ฮ]\\.\\s*)([0-9]{2})(?![0-9])");

    private BuddhistYears() {
    }

    public static List<Integer> in(String text) {
        List<Integer> years = new ArrayList<>();
        if (text == null) {
            return years;
        }
        Matcher matcher = YEAR.matcher(ThaiDigits.toArabic(text));
        while (matcher.find()) {
            years.add(matcher.group(1) != null ? Integer.parseInt(matcher.group(1)) : 2500 + Integer.parseInt(matcher.group(2)));
        }
        return years;
    }
}
