package org.sujarit.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written the Thai way, in the Buddhist Era: "25 พฤศจิกายน 2569", "25 พ.ย. 2569", and in
 * English "25 November 2569 BE"; in a form "25/11/2569", and read back from what people type
 * ({@link #parse}). Month names are spelled out here rather than taken from the JDK's locale data,
 * whose Thai abbreviations vary between releases.
 */
public final class ThaiDates {

    private static final String[] THAI_MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] THAI_MONTHS_SHORT = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"};

    /** Year 2400 BE is 1857 CE: no date anyone types here is that old, so a four-digit year below it is Christian. */
    private static final int FIRST_BUDDHIST_YEAR = 2400;
    /**
     * Two-digit years are the Buddhist Era's 25xx, as Thai writing shortens them ("ธ.ค. 69"), from 50
     * on: 2550–2599 BE is 2007–2056 CE. Below 50 the Christian reading (2000–2049) is the likely one
     * and the Buddhist one (1957–2006) is not, so such a year is refused rather than guessed.
     */
    private static final int FIRST_SHORT_YEAR = 50;

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) ?[/.-] ?(\\d{1,2}) ?[/.-] ?(\\d{2}|\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\d{1,2})([^\\d]+)(\\d{2}|\\d{4})");
    private static final Pattern BUDDHIST_ERA = Pattern.compile("พ\\.?\\s*ศ\\.?|(?<=\\d)\\s*b\\.?\\s?e\\.?$");
    private static final Map<String, Integer> MONTHS = months();

    private ThaiDates() {
    }

    /** A date as a form shows it, ready to be typed over: "31/12/2569", "05/03/2567". */
    public static String numericDate(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + buddhistYear(date);
    }

    /**
     * A date as Thai people type it, in Thai or Arabic digits: day, month and Buddhist-Era year as
     * "31/12/2569", "31-12-2569", "31.12.69", or with the month's name or abbreviation, "31 ธันวาคม
     * 2569", "31 ธ.ค. 69", "วันที่ 31 ธันวาคม พ.ศ. 2569", "31 Dec 2569 BE". Year first with dashes is
     * ISO 8601 when the year is Christian ("2026-12-31", from older links) and Buddhist otherwise.
     *
     * @throws UnreadableDate when it is not a date, names no day of the calendar, or gives a year of
     *                        the Christian Era where a Buddhist one belongs (see {@link #FIRST_SHORT_YEAR})
     */
    public static LocalDate parse(String typed) {
        String text = normalised(typed);
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), christianYear(m.group(3)));
        }
        m = YEAR_MONTH_DAY.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    year < FIRST_BUDDHIST_YEAR ? year : year - FiscalYear.BUDDHIST_ERA_OFFSET);
        }
        m = NAMED_MONTH.matcher(text);
        Integer month = m.matches() ? MONTHS.get(m.group(2).replaceAll("[\\s.]", "")) : null;
        if (month == null) {
            throw new UnreadableDate("date.unreadable");
        }
        return date(Integer.parseInt(m.group(1)), month, christianYear(m.group(3)));
    }

    /** Arabic digits, lower case, single spaces; without a leading "วันที่" nor the era's name ("พ.ศ.", "BE"). */
    private static String normalised(String typed) {
        String text = ThaiDigits.toArabic(typed).toLowerCase(Locale.ROOT).replace('\u00A0', ' ').strip();
        text = BUDDHIST_ERA.matcher(text.replaceFirst("^วันที่", "")).replaceAll(" ");
        return text.replaceAll("\\s+", " ").strip();
    }

    private static LocalDate date(int day, int month, int christianYear) {
        try {
            return LocalDate.of(christianYear, month, day);
        } catch (DateTimeException e) {
            throw new UnreadableDate("date.noSuchDay",
                    twoDigits(day) + "/" + twoDigits(month) + "/" + (christianYear + FiscalYear.BUDDHIST_ERA_OFFSET));
        }
    }

    /** The Christian year of a typed Buddhist one, of four digits or of two (see {@link #FIRST_SHORT_YEAR}). */
    private static int christianYear(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            if (year < FIRST_SHORT_YEAR) {
                throw new UnreadableDate("date.shortYear", digits,
                        Integer.toString(2000 + year + FiscalYear.BUDDHIST_ERA_OFFSET), Integer.toString(2000 + year));
            }
            return 2500 + year - FiscalYear.BUDDHIST_ERA_OFFSET;
        }
        if (year < FIRST_BUDDHIST_YEAR) {
            throw new UnreadableDate("date.christianYear", digits, Integer.toString(year + FiscalYear.BUDDHIST_ERA_OFFSET));
        }
        return year - FiscalYear.BUDDHIST_ERA_OFFSET;
    }

    /** Month names and abbreviations, Thai and English, lower case and without dots: "ธันวาคม", "ธค", "december", "dec". */
    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(THAI_MONTHS[i], i + 1);
            months.put(THAI_MONTHS_SHORT[i].replace(".", ""), i + 1);
            months.put(ENGLISH_MONTHS[i].toLowerCase(Locale.ROOT), i + 1);
            months.put(ENGLISH_MONTHS[i].substring(0, 3).toLowerCase(Locale.ROOT), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }

    public static int buddhistYear(LocalDate date) {
        return date.getYear() + FiscalYear.BUDDHIST_ERA_OFFSET;
    }

    public static String longDate(LocalDate date, Locale locale) {
        int month = date.getMonthValue() - 1;
        if (isThai(locale)) {
            return date.getDayOfMonth() + " " + THAI_MONTHS[month] + " " + buddhistYear(date);
        }
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[month] + " " + buddhistYear(date) + " BE";
    }

    public static String shortDate(LocalDate date, Locale locale) {
        int month = date.getMonthValue() - 1;
        if (isThai(locale)) {
            return date.getDayOfMonth() + " " + THAI_MONTHS_SHORT[month] + " " + (buddhistYear(date) % 100);
        }
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[month].substring(0, 3) + " " + buddhistYear(date);
    }

    public static String dateTime(LocalDateTime dateTime, Locale locale) {
        String time = twoDigits(dateTime.getHour()) + ":" + twoDigits(dateTime.getMinute());
        return shortDate(dateTime.toLocalDate(), locale) + (isThai(locale) ? " เวลา " + time + " น." : ", " + time);
    }

    public static String monthName(int month, Locale locale) {
        return isThai(locale) ? THAI_MONTHS[month - 1] : ENGLISH_MONTHS[month - 1];
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static boolean isThai(Locale locale) {
        return "th".equals(locale.getLanguage());
    }

    /**
     * A typed date that cannot be taken. The message key says why, its arguments what to write
     * instead: {@code date.christianYear} with the year typed and the Buddhist year it probably
     * meant, {@code date.shortYear} with those and the Christian year, {@code date.noSuchDay} with
     * the day as read; {@code date.unreadable} has none.
     */
    public static final class UnreadableDate extends IllegalArgumentException {

        private final String messageKey;
        private final String[] arguments;

        UnreadableDate(String messageKey, String... arguments) {
            super(messageKey + (arguments.length == 0 ? "" : " " + String.join(" ", arguments)));
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }
}
