package org.sujarit.complaint.document;

import java.math.BigDecimal;
import java.util.Locale;

import org.sujarit.complaint.Cause;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;

/**
 * The Thai words and numbers of the complaint documents, which are official and so in Thai only,
 * their digits in the tenant's numeral style.
 */
final class ReportWords {

    static final Locale THAI = Locale.forLanguageTag("th");
    /** What a share or a median without a value prints; its cell in the workbook stays empty. */
    private static final String NOT_APPLICABLE = "–";

    private ReportWords() {
    }

    static Cell cell(NumeralStyle numerals, int n) {
        return Cell.number(n, numerals.apply(n), "0");
    }

    /** A share or a median with its one decimal, or a dash when there is none. */
    static Cell cell(NumeralStyle numerals, BigDecimal value) {
        if (value == null) {
            return Cell.number(null, NOT_APPLICABLE, "0.0");
        }
        String text = value.toPlainString();
        return Cell.number(value, numerals.apply(text), text.contains(".") ? "0.0" : "0");
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

    static String period(NumeralStyle numerals, Period period, FiscalYear year) {
        if (period.isYear()) {
            return numerals.apply("ทั้งปีงบประมาณ พ.ศ. " + year.buddhistYear());
        }
        if (period.isHalf()) {
            return numerals.apply(period.half() == 1
                    ? "ครึ่งปีแรก (ตุลาคม " + (year.buddhistYear() - 1) + " – มีนาคม " + year.buddhistYear() + ")"
                    : "ครึ่งปีหลัง (เมษายน – กันยายน " + year.buddhistYear() + ")");
        }
        return month(numerals, period, year);
    }

    static String month(NumeralStyle numerals, Period month, FiscalYear year) {
        return numerals.apply(ThaiDates.monthName(month.month(), THAI) + " " + (month.christianYear(year) + FiscalYear.BUDDHIST_ERA_OFFSET));
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
