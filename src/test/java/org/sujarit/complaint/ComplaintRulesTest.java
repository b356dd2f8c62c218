package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sujarit.complaint.PersonalData.Finding;
import org.sujarit.complaint.PersonalData.Kind;

/** The complaint centre's pure rules: the secret, case numbers, personal data in text, the workflow. */
class ComplaintRulesTest {

    @Test
    void aSecretIsSixteenDigitsWithACheckDigitThatCatchesTypos() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String secret = CaseSecret.generate();
            assertThat(secret).matches("[0-9]{16}");
            assertThat(CaseSecret.normalise(secret)).contains(secret);
            assertThat(CaseSecret.normalise(CaseSecret.grouped(secret))).contains(secret);
            seen.add(secret);
            // Any one digit changed, or two neighbours swapped, is caught.
            char[] typo = secret.toCharArray();
            typo[7] = (char) ('0' + (typo[7] - '0' + 1) % 10);
            assertThat(CaseSecret.normalise(new String(typo))).isEmpty();
            char[] swapped = secret.toCharArray();
            if (swapped[3] != swapped[4] && !(Set.of(swapped[3], swapped[4]).equals(Set.of('0', '9')))) {
                char c = swapped[3];
                swapped[3] = swapped[4];
                swapped[4] = c;
                assertThat(CaseSecret.normalise(new String(swapped))).isEmpty();
            }
        }
        assertThat(seen).hasSize(200);
        assertThat(CaseSecret.grouped("1234567890123452")).isEqualTo("1234 5678 9012 3452");
        assertThat(CaseSecret.normalise("๑๒๓๔-๕๖๗๘-๙๐๑๒-๓๔๕๒")).contains("1234567890123452");
        assertThat(CaseSecret.normalise("1234 5678 9012 345")).isEmpty();
        assertThat(CaseSecret.normalise(null)).isEmpty();
    }

    @Test
    void caseNumbersAreReadAsTypedInThaiOrLowerCase() {
        assertThat(CaseNumber.normalise(" bt-๒๕๖๙-๐๐๔๒ ")).isEqualTo("BT-2569-0042");
        assertThat(CaseNumber.normalise("BT-2569-12345")).isEqualTo("BT-2569-12345");
        assertThat(CaseNumber.normalise("BT 2569 0042")).isNull();
        assertThat(CaseNumber.normalise("'; drop table x")).isNull();
    }

    @Test
    void nationalIdsPhonesAndEmailsInFreeTextAreFound() {
        assertThat(PersonalData.find("บัตรประชาชน 1101200012345 ครับ")).containsExactly(new Finding(Kind.NATIONAL_ID, "1101200012345"));
        assertThat(PersonalData.find("เลข 1 1012 00012 34 5")).containsExactly(new Finding(Kind.NATIONAL_ID, "1 1012 00012 34 5"));
        assertThat(PersonalData.find("เลข ๑๑๐๑๒๐๐๐๑๒๓๔๕")).containsExactly(new Finding(Kind.NATIONAL_ID, "๑๑๐๑๒๐๐๐๑๒๓๔๕"));
        // Thirteen digits with a wrong check digit are not an ID (nor a phone).
        assertThat(PersonalData.find("เลขที่สัญญา 1101200012344")).isEmpty();
        assertThat(PersonalData.find("โทร 081-234-5678 หรือ 054 412 345 หรือ +66 81 234 5678"))
                .extracting(Finding::kind).containsExactly(Kind.PHONE, Kind.PHONE, Kind.PHONE);
        assertThat(PersonalData.find("เขียนถึง somchai.k@example.co.th ได้")).containsExactly(new Finding(Kind.EMAIL, "somchai.k@example.co.th"));
        // Money, dates and house numbers are not personal data.
        assertThat(PersonalData.find("งบ 1,500,000 บาท วันที่ 12/10/2567 บ้านเลขที่ 45/2 หมู่ 3")).isEmpty();
        assertThat(PersonalData.find(null, "", "ปกติ")).isEmpty();
    }

    @Test
    void eMailAddressesAreFoundWhereverTheyStandInTheText() {
        assertThat(PersonalData.find("ถามนายsomchai@example.com")).extracting(Finding::text)
                .containsExactly("ถามนายsomchai@example.com");
        assertThat(PersonalData.find("ส่งถึง a@mail.example.com. หรือ b@example.org,c@example.net")).extracting(Finding::text)
                .containsExactly("a@mail.example.com", "b@example.org", "c@example.net");
        // One address ends where the next begins, as a search from the end of the last one finds it.
        assertThat(PersonalData.find("a@b.cc.x@d.ee")).extracting(Finding::text).containsExactly("a@b.cc", ".x@d.ee");
        assertThat(PersonalData.find("a@b@c.dd")).extracting(Finding::text).containsExactly("b@c.dd");
        assertThat(PersonalData.find("ชื่อ@ไม่มีโดเมน และ @example.com")).isEmpty();
    }

    /**
     * Whatever shape a long text has, finding personal data in it takes time in proportion to its length: 100,000
     * characters in well under a second (it took minutes when a search went back over the text from every
     * position). The bound is generous for a loaded machine and far below what a quadratic search needs.
     */
    @Test
    void findingPersonalDataInALongTextOfAnyShapeTakesTimeInProportionToItsLength() {
        int n = 100_000;
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("letters without spaces", "a".repeat(n));
        shapes.put("Thai letters without spaces", "ก".repeat(n));
        shapes.put("digits only", "1".repeat(n));
        shapes.put("Thai digits only", "๑".repeat(n));
        shapes.put("'@'-heavy", "a@".repeat(n / 2));
        shapes.put("'@' only", "@".repeat(n));
        shapes.put("dots", "a.".repeat(n / 2));
        shapes.put("an address without a dot", "a@" + "b".repeat(n - 2));
        shapes.put("an address of one-letter labels", "a@" + "b.".repeat(n / 2 - 1));
        shapes.put("labels before each '@'", "aa.bb@".repeat(n / 6));
        shapes.put("digits and dashes", "1-".repeat(n / 2));
        shapes.put("digits and spaces", "1 ".repeat(n / 2));
        shapes.put("country codes", "+66".repeat(n / 3));
        shapes.put("phone numbers", "081-234-5678 ".repeat(n / 13));
        // Each shape once at a tenth of the length, untimed: the search is compiled by the JIT as on a running server.
        shapes.values().forEach(text -> PersonalData.find(text.substring(0, n / 10)));
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            assertTimeoutPreemptively(Duration.ofSeconds(1), () -> PersonalData.find(shape.getValue()),
                    () -> "personal data in 100,000 characters of " + shape.getKey());
        }
    }

    @Test
    void theWorkflowGoesStepByStepAndFinishedCasesGoNowhere() {
        assertThat(CaseStatus.RECEIVED.next()).containsExactlyInAnyOrder(CaseStatus.ACKNOWLEDGED, CaseStatus.NOT_ACCEPTED, CaseStatus.REFERRED);
        assertThat(CaseStatus.ACKNOWLEDGED.next()).doesNotContain(CaseStatus.RESOLVED, CaseStatus.IN_PROGRESS);
        assertThat(CaseStatus.ASSIGNED.next()).contains(CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS);
        assertThat(CaseStatus.RESOLVED.next()).containsExactlyInAnyOrder(CaseStatus.CLOSED, CaseStatus.IN_PROGRESS);
        for (CaseStatus s : CaseStatus.FINISHED) {
            assertThat(s.next()).isEmpty();
            assertThat(s.handled()).isTrue();
        }
        assertThat(CaseStatus.RESOLVED.handled()).isTrue();
        assertThat(CaseStatus.RESOLVED.finished()).isFalse();
    }
}
