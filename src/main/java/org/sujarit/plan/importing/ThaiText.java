package org.sujarit.plan.importing;

import java.math.BigDecimal;
import java.util.List;

import org.sujarit.shared.ThaiDigits;

/** Text as PDF extraction leaves it: wrapped lines, Thai or Arabic digits, odd spaces. */
final class ThaiText {

    /** A digit, Arabic or Thai. */
    static final String DIGIT = "[0-9\u0E50-\u0E59]";

    private ThaiText() {
    }

    /** One kind of line break, plain spaces, no byte-order mark or zero-width characters. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ')
                .replaceAll("[\uFEFF\u200B\u200C\u200D\u2060]", "");
    }

    /**
     * Joins a line to the text it continues. Thai writes no spaces between words, so a line wrapped
     * between two Thai letters ("ใฝ่" / "ระวัง") joins without a space; anything else gets one.
     */
    static String join(String text, String line) {
        if (text == null || text.isEmpty()) {
            return line;
        }
        if (line.isEmpty()) {
            return text;
        }
        boolean glued = isThaiLetter(text.charAt(text.length() - 1)) && isThaiLetter(line.charAt(0));
        return glued ? text + line : text + " " + line;
    }

    /** The lines joined into one text, blank lines skipped. */
    static String joinAll(List<String> lines) {
        String text = "";
        for (String line : lines) {
            text = join(text, line.strip());
        }
        return text;
    }

    /** Paragraphs (runs of lines between blank lines), each joined, separated by an empty line. */
    static String paragraphs(List<String> lines) {
        StringBuilder text = new StringBuilder();
        String paragraph = "";
        for (String line : lines) {
            if (line.isBlank()) {
                append(text, paragraph);
                paragraph = "";
            } else {
                paragraph = join(paragraph, line.strip());
            }
        }
        append(text, paragraph);
        return text.toString();
    }

    private static void append(StringBuilder text, String paragraph) {
        if (!paragraph.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n\n").append(paragraph);
        }
    }

    static boolean isThaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4F';
    }

    /** Thai digits become Arabic, one character for one, so positions stay the same. */
    static String arabic(String text) {
        return ThaiDigits.toArabic(text);
    }

    /** A number as written ("๒๐,๐๐๐", "80", "1,500.50"). */
    static BigDecimal number(String digits) {
        return new BigDecimal(arabic(digits).replace(",", ""));
    }

    static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }
}
