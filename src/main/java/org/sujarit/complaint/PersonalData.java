package org.sujarit.complaint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.shared.ThaiDigits;

/**
 * Finds personal data a citizen typed into free text — Thai national ID numbers (13 digits with a
 * valid check digit), phone numbers, e-mail addresses — so that it can be pointed out before the
 * complaint is filed: the text may be read by staff who should not see it.
 */
public final class PersonalData {

    public enum Kind { NATIONAL_ID, PHONE, EMAIL }

    /** One finding: what kind, and the text as typed. */
    public record Finding(Kind kind, String text) {
    }

    /**
     * An e-mail address. Its local part starts only where no character of a local part stands before it (or where
     * the last address found ended) and is taken whole, never given back: a search tries each run of such
     * characters once, so that it takes time in proportion to the text — not, as a plain {@code [..]+@} does on a
     * long run without '@', to the square of the text's length. What it finds is what the plain pattern finds.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}._%+-])|\\G)[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /**
     * Runs of digits with single spaces, dashes or dots between them, optionally after +66. Each try takes at most
     * 17 digits and starts only where no digit stands before it, so a search is linear in the text too.
     */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d])(\\+66[\\s\\-.]?)?\\d(?:[\\s\\-.]?\\d){7,16}(?![\\d])");

    private PersonalData() {
    }

    /** What the texts hold, each finding once, in time proportional to the texts' length whatever they hold. */
    public static List<Finding> find(String... texts) {
        Set<Finding> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String arabic = ThaiDigits.toArabic(text);
            Matcher email = EMAIL.matcher(arabic);
            while (email.find()) {
                found.add(new Finding(Kind.EMAIL, text.substring(email.start(), email.end())));
            }
            Matcher run = DIGIT_RUN.matcher(arabic);
            while (run.find()) {
                String typed = text.substring(run.start(), run.end()).strip();
                String digits = run.group().replaceAll("\\D", "");
                if (run.group(1) == null && digits.length() == 13 && isNationalId(digits)) {
                    found.add(new Finding(Kind.NATIONAL_ID, typed));
                } else if (isPhone(digits, run.group(1) != null)) {
                    found.add(new Finding(Kind.PHONE, typed));
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The 13th digit is (11 − Σ dᵢ·(14 − i) mod 11) mod 10 over the first twelve. */
    static boolean isNationalId(String digits) {
        if (!digits.matches("\\d{13}") || digits.charAt(0) == '0') {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10 == digits.charAt(12) - '0';
    }

    /** Thai numbers: 0 and 8 more digits (landline) or 9 more (mobile); after +66, 8 or 9 digits. */
    static boolean isPhone(String digits, boolean international) {
        if (international) {
            String rest = digits.substring(2);
            return rest.length() == 8 || rest.length() == 9;
        }
        return digits.startsWith("0") && (digits.length() == 9 || digits.length() == 10);
    }
}
