package org.sujarit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThaiTaxIdTest {

    @Test
    void theCheckDigitIsElevenLessTheWeightedSumModEleven() {
        // 0105536000010: 0*13+1*12+0*11+5*10+5*9+3*8+6*7+0*6+0*5+0*4+0*3+1*2 = 175; 175 mod 11 = 10; 11-10 = 1
        assertThat(ThaiTaxId.checkDigit("010553600001")).isEqualTo(1);
        assertThat(ThaiTaxId.parse("0105536000011")).map(ThaiTaxId::digits).contains("0105536000011");
        // a sum that is a multiple of 11 less one gives 11 - 10 = 1; one that is a multiple gives 11 → 1 (mod 10)
        assertThat(ThaiTaxId.parse("0105536000012")).isEmpty();
    }

    @Test
    void itIsReadAsPeopleWriteIt() {
        assertThat(ThaiTaxId.parse("0-1055-36000-01-1")).map(ThaiTaxId::formatted).contains("0-1055-36000-01-1");
        assertThat(ThaiTaxId.parse("๐๑๐๕๕ ๓๖๐๐๐ ๐๑๑")).map(ThaiTaxId::digits).contains("0105536000011");
        assertThat(ThaiTaxId.parse("010553600001")).isEmpty();
        assertThat(ThaiTaxId.parse("01055360000111")).isEmpty();
        assertThat(ThaiTaxId.parse("abc")).isEmpty();
        assertThat(ThaiTaxId.parse(null)).isEmpty();
        assertThatThrownBy(() -> new ThaiTaxId("0105536000012")).isInstanceOf(IllegalArgumentException.class);
    }
}
