package org.sujarit.complaint.document;

import java.math.BigDecimal;
import java.util.Locale;

import org.sujarit.complaint.Cause;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.YearStatistics.Period;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDates;
import org.sujarit.shared.ThaiDigits;

/**
 * The Thai words and numbers of the complaint documents, which are official and so in Thai only;
 * with {@code thaiDigits} every digit is written ๐–๙, as official copies are.
 */
record ReportWords(boolean thaiDigits) {

    static final Locale THAI = Locale.forLanguageTag("th");
    static final String NOT_APPLICABLE = "–";

    String of(String text) {
        return thaiDigits ? ThaiDigits.toThai(text) : text;
    }

    String number(long n) {
        return of(Long.toString(n));
    }

    /** A share or a median with its one decimal, or a dash when there is none. */
    String decimal(BigDecimal value) {
        return value == null ? NOT_APPLICABLE : of(value.toPlainString());
    }

    ReportTable.Cell cell(int n) {
        return new ReportTable.Cell(number(n), (double) n);
    }

    ReportTable.Cell cell(BigDecimal value) {
        return new ReportTable.Cell(decimal(value), value == null ? null : value.doubleValue());
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case GENERAL -> "เรื่องร้องทุกข์/ร้องเรียนทั่วไป";
            case CORRUPTION -> "เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ";
        };
    }

    /** The channel's name where a table's column is narrow. */
    static String shortChannel(Channel channel) {
        return switch (channel) {
            case GENERAL -> "ร้องทุกข์/ร้องเรียนทั่วไป";
            case CORRUPTION -> "ทุจริตและประพฤติมิชอบ";
        };
    }

    String period(Period period, FiscalYear year) {
        if (period.isYear()) {
            return of("ทั้งปีงบประมาณ พ.ศ. " + year.buddhistYear());
        }
        if (period.isHalf()) {
            return of(period.half() == 1
                    ? "ครึ่งปีแรก (ตุลาคม " + (year.buddhistYear() - 1) + " – มีนาคม " + year.buddhistYear() + ")"
                    : "ครึ่งปีหลัง (เมษายน – กันยายน " + year.buddhistYear() + ")");
        }
        return month(period, year);
    }

    String month(Period month, FiscalYear year) {
        return of(ThaiDates.monthName(month.month(), THAI) + " " + (month.christianYear(year) + FiscalYear.BUDDHIST_ERA_OFFSET));
    }

    static String cause(Cause cause) {
        return switch (cause) {
            case SERVICE_QUALITY -> "คุณภาพการให้บริการ";
            case DELAY -> "ความล่าช้าในการดำเนินการ";
            case OFFICIAL_CONDUCT -> "พฤติกรรมของเจ้าหน้าที่";
            case RULES_UNCLEAR -> "ระเบียบหรือขั้นตอนไม่ชัดเจน";
            case INFRASTRUCTURE -> "โครงสร้างพื้นฐานชำรุดหรือไม่เพียงพอ";
            case PROCUREMENT -> "การจัดซื้อจัดจ้าง";
            case ABUSE_OF_POWER -> "การใช้อำนาจหน้าที่โดยมิชอบ";
            case BRIBERY -> "การเรียกรับเงิน สินบน หรือผลประโยชน์";
            case CONFLICT_OF_INTEREST -> "ผลประโยชน์ทับซ้อน";
            case UNFOUNDED -> "ข้อร้องเรียนไม่มีมูล";
            case OUTSIDE_MANDATE -> "อยู่นอกอำนาจหน้าที่ของหน่วยงาน";
            case OTHER -> "สาเหตุอื่น";
        };
    }
}
