package org.sujarit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.registers.InterestFlags;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** The Ban Tom demo has yearly declarations and exactly one flagged match, against a bidder of its computer purchase. */
@SpringBootTest
class DemoInterestsTest {

    @Autowired Organisations organisations;
    @Autowired InterestFlags flags;
    @Autowired InterestDeclarations declarations;

    @Test
    void oneCommitteeMemberDeclaredAnInterestInABidder() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        assertThat(declarations.register(banTom.id(), declarations.currentYear().buddhistYear()))
                .filteredOn(line -> line.declaration() != null).hasSize(4);
        assertThat(flags.list(banTom.id())).singleElement().satisfies(flag -> {
            assertThat(flag.party()).isEqualTo("บริษัท คอมพ์ตัวอย่าง จำกัด");
            assertThat(flag.counterparty()).isEqualTo("บจก.คอมพ์ตัวอย่าง");
            assertThat(flag.work()).isEqualTo("จัดซื้อครุภัณฑ์คอมพิวเตอร์ สำนักปลัด 5 เครื่อง (ตัวอย่าง)");
        });
    }
}
