package org.sujarit.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
    void thaiDigitsGoBothWays() {
        assertThat(NumeralStyle.THAI.apply("พ.ศ. 2566 – 2570")).isEqualTo("พ.ศ. ๒๕๖๖ – ๒๕๗๐");
        assertThat(ThaiDigits.toArabic("ร้อยละ ๘๐")).isEqualTo("ร้อยละ 80");
        assertThat(ThaiDigits.toArabic(NumeralStyle.THAI.apply("0123456789"))).isEqualTo("0123456789");
    }
}
