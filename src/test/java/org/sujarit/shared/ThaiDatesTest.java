package org.sujarit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    @Test
    void datesAreWrittenInTheBuddhistEra() {
        LocalDate date = LocalDate.of(2026, 11, 25);
        assertThat(ThaiDates.longDate(date, THAI)).isEqualTo("25 พฤศจิกายน 2569");
        assertThat(ThaiDates.shortDate(date, THAI)).isEqualTo("25 พ.ย. 69");
        assertThat(ThaiDates.longDate(date, Locale.ENGLISH)).isEqualTo("25 November 2569 BE");
        assertThat(ThaiDates.shortDate(date, Locale.ENGLISH)).isEqualTo("25 Nov 2569");
    }

    @Test
    void timesUseTheThaiClockSuffix() {
        LocalDateTime time = LocalDateTime.of(2025, 1, 2, 9, 5);
        assertThat(ThaiDates.dateTime(time, THAI)).isEqualTo("2 ม.ค. 68 เวลา 09:05 น.");
        assertThat(ThaiDates.dateTime(time, Locale.ENGLISH)).isEqualTo("2 Jan 2568, 09:05");
        assertThat(ThaiDates.dateTime(LocalDateTime.of(2025, 1, 2, 23, 10), THAI)).isEqualTo("2 ม.ค. 68 เวลา 23:10 น.");
    }

    @Test
    void aDateFieldShowsDayMonthAndBuddhistYearInDigits() {
        assertThat(ThaiDates.numericDate(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2569");
        assertThat(ThaiDates.numericDate(LocalDate.of(2024, 3, 5))).isEqualTo("05/03/2567");
    }

    @Test
    void aTypedDateIsReadInTheWaysThaiPeopleWriteIt() {
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        for (String typed : new String[] {"31/12/2569", "31-12-2569", "31.12.2569", " 31 / 12 / 2569 ", "31/12/69",
                "31.12.69", "๓๑/๑๒/๒๕๖๙", "31 ธันวาคม 2569", "31 ธ.ค. 2569", "31 ธ.ค. 69", "31ธ.ค.69", "31 ธค 2569",
                "๓๑ ธ.ค. ๖๙", "31 ธันวาคม พ.ศ. 2569", "วันที่ 31 ธันวาคม พ.ศ. ๒๕๖๙", "31 December 2569",
                "31 Dec 2569 BE", "31 dec 69", "2569-12-31", "2026-12-31"}) {
            assertThat(ThaiDates.parse(typed)).as(typed).isEqualTo(newYearsEve);
        }
        assertThat(ThaiDates.parse("1/2/2567")).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(ThaiDates.parse("5 มี.ค. 68")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(ThaiDates.parse("5 มีค 2568")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(ThaiDates.parse("5 พ.ค. 2568")).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(ThaiDates.parse("5 พฤษภาคม 2568")).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(ThaiDates.parse("5 พ.ย. 2568")).isEqualTo(LocalDate.of(2025, 11, 5));
    }

    @Test
    void whatIsPrintedReadsBackAsTheSameDate() {
        for (LocalDate date = LocalDate.of(2023, 1, 1); date.isBefore(LocalDate.of(2025, 1, 1)); date = date.plusDays(1)) {
            assertThat(ThaiDates.parse(ThaiDates.numericDate(date))).isEqualTo(date);
            assertThat(ThaiDates.parse(ThaiDates.longDate(date, THAI))).isEqualTo(date);
            assertThat(ThaiDates.parse(ThaiDates.shortDate(date, THAI))).isEqualTo(date);
            assertThat(ThaiDates.parse(ThaiDates.longDate(date, Locale.ENGLISH))).isEqualTo(date);
            assertThat(ThaiDates.parse(ThaiDates.shortDate(date, Locale.ENGLISH))).isEqualTo(date);
        }
    }

    @Test
    void theLeapDayExistsOnlyInLeapYears() {
        assertThat(ThaiDates.parse("29/02/2567")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(refusal("29/02/2568")).isEqualTo("date.noSuchDay 29/02/2568");
        assertThat(refusal("31/04/2569")).isEqualTo("date.noSuchDay 31/04/2569");
        assertThat(refusal("1/13/2569")).isEqualTo("date.noSuchDay 01/13/2569");
        assertThat(refusal("2025-02-29")).isEqualTo("date.noSuchDay 29/02/2568");
    }

    @Test
    void aChristianYearIsRefusedNamingTheBuddhistYearItProbablyMeant() {
        assertThat(refusal("31/12/2026")).isEqualTo("date.christianYear 2026 2569");
        assertThat(refusal("31 ธันวาคม 2026")).isEqualTo("date.christianYear 2026 2569");
        assertThat(refusal("๓๑/๑๒/๒๐๒๖")).isEqualTo("date.christianYear 2026 2569");
        assertThat(refusal("1/1/2399")).isEqualTo("date.christianYear 2399 2942");
        assertThat(ThaiDates.parse("1/1/2400")).isEqualTo(LocalDate.of(1857, 1, 1));
        // Two digits from 50 are the Buddhist Era's 25xx; below 50 they read as this century's Christian years.
        assertThat(ThaiDates.parse("1/1/50")).isEqualTo(LocalDate.of(2007, 1, 1));
        assertThat(refusal("31/12/26")).isEqualTo("date.shortYear 26 2569 2026");
        assertThat(refusal("1 ม.ค. 49")).isEqualTo("date.shortYear 49 2592 2049");
    }

    @Test
    void whatIsNotADateIsRefused() {
        for (String typed : new String[] {"", "   ", "พรุ่งนี้", "31/12", "12/2569", "31/12/256", "31/12/25690",
                "31 ธันวา 2569", "31 Decembre 2569", "31/12/2569/1", "2569-12", "2569/12/31", "31122569", "-1/12/2569"}) {
            assertThat(refusal(typed)).as(typed).isEqualTo("date.unreadable");
        }
    }

    private static String refusal(String typed) {
        ThaiDates.UnreadableDate refused = catchThrowableOfType(ThaiDates.UnreadableDate.class, () -> ThaiDates.parse(typed));
        assertThat(refused).as("refusal of " + typed).isNotNull();
        return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(refused.messageKey()),
                java.util.Arrays.stream(refused.arguments()).map(String::valueOf)).toList());
    }

    @Test
    void thaiDigitsGoBothWays() {
        assertThat(NumeralStyle.THAI.apply("พ.ศ. 2566 – 2570")).isEqualTo("พ.ศ. ๒๕๖๖ – ๒๕๗๐");
        assertThat(ThaiDigits.toArabic("ร้อยละ ๘๐")).isEqualTo("ร้อยละ 80");
        assertThat(ThaiDigits.toArabic(NumeralStyle.THAI.apply("0123456789"))).isEqualTo("0123456789");
    }
}
