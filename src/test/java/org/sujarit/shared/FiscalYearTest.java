package org.sujarit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void fiscalYearStartsOnTheFirstOfOctober() {
        assertThat(FiscalYear.containing(LocalDate.of(2024, 9, 30))).isEqualTo(new FiscalYear(2567));
        assertThat(FiscalYear.containing(LocalDate.of(2024, 10, 1))).isEqualTo(new FiscalYear(2568));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 9, 30))).isEqualTo(new FiscalYear(2568));
    }

    @Test
    void fy2568RunsFromOctober2567ToSeptember2568() {
        FiscalYear fy = new FiscalYear(2568);
        assertThat(fy.firstDay()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(fy.lastDay()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(fy.lastDayOfFirstHalf()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(fy.christianYear()).isEqualTo(2025);
        assertThat(fy.contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(fy.next()).isEqualTo(new FiscalYear(2569));
        assertThat(FiscalYear.ofChristianYear(2025)).isEqualTo(fy);
    }

    @Test
    void christianYearsAreNotMistakenForBuddhistOnes() {
        assertThatThrownBy(() -> new FiscalYear(2025)).isInstanceOf(IllegalArgumentException.class);
    }
}
