package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sujarit.shared.ThaiTaxId;

/** Names of one firm as different municipalities write them come out the same; different firms do not. */
class FlagNamesTest {

    @Test
    void aCompanyWrittenInEveryWayIsOneName() {
        String bare = "ตัวอย่างไอที";
        assertThat(FlagNames.normalise("บริษัท ตัวอย่างไอที จำกัด")).isEqualTo(bare);
        assertThat(FlagNames.normalise("บริษัทตัวอย่างไอทีจำกัด")).isEqualTo(bare);
        assertThat(FlagNames.normalise("บจก.ตัวอย่างไอที")).isEqualTo(bare);
        assertThat(FlagNames.normalise("บจก. ตัวอย่าง ไอที")).isEqualTo(bare);
        assertThat(FlagNames.normalise("  บริษัท  ตัวอย่างไอที  จำกัด (มหาชน) ")).isEqualTo(bare);
        assertThat(FlagNames.normalise("บมจ.ตัวอย่างไอที")).isEqualTo(bare);
        assertThat(FlagNames.normalise("บริษัท ตัวอย่างไอที จำกัด (สำนักงานใหญ่)")).isEqualTo(bare);
        assertThat(FlagNames.normalise("บริษัท ตัวอย่างไอที จำกัด (สาขาที่ ๐๐๐๐๒)")).isEqualTo(bare);
    }

    @Test
    void partnershipsAndShopsLoseTheirFormToo() {
        assertThat(FlagNames.normalise("ห้างหุ้นส่วนจำกัด ตัวอย่างก่อสร้างพะเยา")).isEqualTo("ตัวอย่างก่อสร้างพะเยา");
        assertThat(FlagNames.normalise("หจก.ตัวอย่างก่อสร้างพะเยา")).isEqualTo("ตัวอย่างก่อสร้างพะเยา");
        assertThat(FlagNames.normalise("หจก. ตัวอย่าง-ก่อสร้าง พะเยา")).isEqualTo("ตัวอย่างก่อสร้างพะเยา");
        assertThat(FlagNames.normalise("ร้านตัวอย่างเครื่องเขียน")).isEqualTo("ตัวอย่างเครื่องเขียน");
        assertThat(FlagNames.normalise("ร้าน ตัวอย่างเครื่องเขียน")).isEqualTo("ตัวอย่างเครื่องเขียน");
        assertThat(FlagNames.normalise("Example IT Co., Ltd.")).isEqualTo("exampleit");
        assertThat(FlagNames.normalise("ร้านสมใจ ๒๕๖๙")).isEqualTo("สมใจ2569");
    }

    @Test
    void differentFirmsAndEmptyNamesStayApart() {
        assertThat(FlagNames.normalise("บริษัท คอมพ์ตัวอย่าง จำกัด")).isNotEqualTo(FlagNames.normalise("บริษัท ตัวอย่างไอที จำกัด"));
        assertThat(FlagNames.normalise("บริษัท จำกัด")).isEmpty();
        assertThat(FlagNames.normalise(null)).isEmpty();
    }

    @Test
    void taxIdsDecideWhenBothSidesHaveOne() {
        ThaiTaxId one = ThaiTaxId.parse("0-1055-12345-67-1").orElseThrow();
        ThaiTaxId other = ThaiTaxId.parse("0105512345680").orElseThrow();
        Counterparty named = new Counterparty("declaration", null, null, "บจก.ตัวอย่างไอที", null, "ตนเอง");
        assertThat(FlagMatcher.match(named, new FlagMatcher.Party("บริษัท ตัวอย่างไอที จำกัด", null)))
                .contains(FlagMatcher.MatchedBy.NAME);
        assertThat(FlagMatcher.match(named, new FlagMatcher.Party("บริษัท คอมพ์ตัวอย่าง จำกัด", null))).isEmpty();
        Counterparty withId = new Counterparty("declaration", null, null, "บจก.ตัวอย่างไอที", one, "ตนเอง");
        assertThat(FlagMatcher.match(withId, new FlagMatcher.Party("ชื่อใดก็ได้", one))).contains(FlagMatcher.MatchedBy.TAX_ID);
        assertThat(FlagMatcher.match(withId, new FlagMatcher.Party("บริษัท ตัวอย่างไอที จำกัด", other))).isEmpty();
    }
}
