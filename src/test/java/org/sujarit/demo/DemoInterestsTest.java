package org.sujarit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.registers.InterestFlags;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The Ban Tom demo has yearly declarations and two flagged matches on its computer purchase: a
 * committee member's declared interest in one bidder, and a dinner the same member was offered by
 * the winner (the gift register's counterparty).
 */
@SpringBootTest
class DemoInterestsTest {

    @Autowired Organisations organisations;
    @Autowired InterestFlags flags;
    @Autowired InterestDeclarations declarations;

    @Test
    void aCommitteeMemberDeclaredAnInterestInABidderAndWasOfferedADinnerByTheWinner() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        assertThat(declarations.register(banTom.id(), declarations.currentYear().buddhistYear()))
                .filteredOn(line -> line.declaration() != null).hasSize(4);
        String computers = "จัดซื้อครุภัณฑ์คอมพิวเตอร์ สำนักปลัด 5 เครื่อง (ตัวอย่าง)";
        assertThat(flags.list(banTom.id()).stream().filter(flag -> flag.source().equals("declaration")))
                .singleElement().satisfies(flag -> {
                    assertThat(flag.party()).isEqualTo("บริษัท คอมพ์ตัวอย่าง จำกัด");
                    assertThat(flag.counterparty()).isEqualTo("บจก.คอมพ์ตัวอย่าง");
                    assertThat(flag.work()).isEqualTo(computers);
                });
        assertThat(flags.list(banTom.id()).stream().filter(flag -> flag.source().equals("gift")))
                .singleElement().satisfies(flag -> {
                    assertThat(flag.party()).isEqualTo("บริษัท ตัวอย่างไอที จำกัด");
                    assertThat(flag.work()).isEqualTo(computers);
                    assertThat(flag.tie()).contains("2,500 บาท").contains("ปฏิเสธการรับ");
                });
    }
}
