package org.sujarit.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Dates written the Thai way, in the Buddhist Era: "25 พฤศจิกายน 2569", "25 พ.ย. 2569", and in
 * English "25 November 2569 BE". Month names are spelled out here rather than taken from the
 * JDK's locale data, whose Thai abbreviations vary between releases.
 */
public final class ThaiDates {

    private static final String[] THAI_MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม",
            "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] THAI_MONTHS_SHORT = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"};

    private ThaiDates() {
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
}
