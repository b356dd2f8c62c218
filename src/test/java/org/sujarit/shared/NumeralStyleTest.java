package org.sujarit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NumeralStyleTest {

    @Test
    void thaiDigitsWriteEveryNumberOfThaiText() {
        assertThat(NumeralStyle.THAI.apply("ยื่นเรื่องได้ตลอด 24 ชั่วโมง ชี้แจงภายใน ๑๕ วัน (พ.ศ. 2566 – 2570) 15,500.50 บาท"))
                .isEqualTo("ยื่นเรื่องได้ตลอด ๒๔ ชั่วโมง ชี้แจงภายใน ๑๕ วัน (พ.ศ. ๒๕๖๖ – ๒๕๗๐) ๑๕,๕๐๐.๕๐ บาท");
        assertThat(NumeralStyle.THAI.apply("6. ระยะเวลาดำเนินการ")).isEqualTo("๖. ระยะเวลาดำเนินการ");
        assertThat(NumeralStyle.THAI.apply("แบบ ปค.5 ไตรมาส 1\nปี2569")).isEqualTo("แบบ ปค.๕ ไตรมาส ๑\nปี๒๕๖๙");
    }

    @Test
    void wordsInLatinLettersKeepTheirDigitsInThaiText() {
        assertThat(NumeralStyle.THAI.apply("เรื่อง BT-2570-0001 ข้อ O12 ผ่าน Open311 (UTF-8) somchai2@example.com 2 ไฟล์"))
                .isEqualTo("เรื่อง BT-2570-0001 ข้อ O12 ผ่าน Open311 (UTF-8) somchai2@example.com ๒ ไฟล์");
    }

    @Test
    void characterReferencesOfEscapedPageTextAreNeitherLatinWordsNorDigits() {
        // A quoted number: &quot; is no Latin word, so the 5 is written in Thai digits.
        assertThat(NumeralStyle.THAI.apply("ว่า &quot;น้อยกว่า 5&quot; และ")).isEqualTo("ว่า &quot;น้อยกว่า ๕&quot; และ");
        // The digits of a numeric reference are the reference, not a number of the text.
        assertThat(NumeralStyle.THAI.apply("&#39;15&#39; &#x2F;2")).isEqualTo("&#39;๑๕&#39; &#x2F;๒");
        assertThat(NumeralStyle.ARABIC.apply("&#39;๑๕&#39;")).isEqualTo("&#39;15&#39;");
        // An ampersand that starts no reference is only a character.
        assertThat(NumeralStyle.THAI.apply("ก&ข 3")).isEqualTo("ก&ข ๓");
        assertThat(NumeralStyle.THAI.apply("AT&T 3")).isEqualTo("AT&T ๓");
    }

    @Test
    void arabicDigitsWriteEveryThaiDigitInArabic() {
        assertThat(NumeralStyle.ARABIC.apply("(พ.ศ. ๒๕๖๖ – 2570) ทุก ๖ เดือน ABC๑"))
                .isEqualTo("(พ.ศ. 2566 – 2570) ทุก 6 เดือน ABC1");
    }

    @Test
    void aTextWithNothingToChangeIsReturnedAsItIs() {
        String text = "ไม่มีตัวเลข 2570";
        assertThat(NumeralStyle.ARABIC.apply(text)).isSameAs(text);
        assertThat(NumeralStyle.THAI.changes(text)).isTrue();
        assertThat(NumeralStyle.THAI.changes("BT-2570-0001 ๒๕")).isFalse();
        assertThat(NumeralStyle.THAI.apply((Object) null)).isEmpty();
        assertThat(NumeralStyle.THAI.apply((Object) 2570)).isEqualTo("๒๕๗๐");
    }

    @Test
    void englishPagesUseArabicDigitsAndThaiPagesTheTenantsStyle() {
        assertThat(NumeralStyle.forPage(Locale.ENGLISH, NumeralStyle.THAI)).isEqualTo(NumeralStyle.ARABIC);
        assertThat(NumeralStyle.forPage(Locale.forLanguageTag("th-TH"), null)).isEqualTo(NumeralStyle.THAI);
        assertThat(NumeralStyle.forPage(Locale.forLanguageTag("th-TH"), NumeralStyle.ARABIC)).isEqualTo(NumeralStyle.ARABIC);
        assertThat(NumeralStyle.of("ARABIC")).isEqualTo(NumeralStyle.ARABIC);
        assertThat(NumeralStyle.of(null)).isEqualTo(NumeralStyle.THAI);
        assertThat(NumeralStyle.THAI.cssCounter()).isEqualTo("thai");
        assertThat(NumeralStyle.ARABIC.cssCounter()).isEqualTo("decimal");
    }
}
