package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * A citizen who gave an e-mail address and asked for notices gets one short mail, in Thai and
 * English, naming the case and where to read it — never what changed — at most once a day, and
 * only for what was committed.
 */
class CitizenNoticesTest extends MailTestBase {

    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired HandlingCases handlingCases;
    @Autowired Cases complaintCases;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aCitizenWhoAskedIsToldThereIsAnUpdateButNotWhatItSays() throws Exception {
        Tenant t = fixtures.create();
        String address = "citizen." + t.marker() + "@example.org";
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads")
                .subject("หัวเรื่องที่ไม่ส่งทางอีเมล").description("รายละเอียดที่ไม่ส่งทางอีเมล")
                .contact("นางสาวมาลี ใจงาม", null, address).notices().build(), null);
        assertThat(mailsTo(address)).as("filing itself is answered by the receipt, not by mail").isEmpty();

        handlingCases.reply(t.id(), filed.caseId(), "ข้อความตอบกลับที่ไม่ส่งทางอีเมล", false, List.of(),
                t.userId(Role.INTEGRITY_OFFICER));

        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        String mail = everything(mails.get(0));
        assertThat(mails.get(0).getSubject()).contains(filed.number()).contains("มีความคืบหน้า").contains("has an update");
        assertThat(mail).contains(filed.number(), t.organisation().nameTh(), "There is an update",
                "https://sujarit.example.go.th/" + t.organisation().slug() + "/complaints/track");
        assertThat(mail).doesNotContain("ไม่ส่งทางอีเมล", "มาลี", filed.secret(), filed.groupedSecret());
    }

    @Test
    void aSecondUpdateTheSameDaySendsNothing() throws Exception {
        Tenant t = fixtures.create();
        String address = "citizen." + t.marker() + "@example.org";
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads")
                .contact("นายประเสริฐ ทองดี", null, address).notices().build(), null);
        UUID officer = t.userId(Role.INTEGRITY_OFFICER);

        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, "รับเรื่อง", null, null, officer);
        handlingCases.reply(t.id(), filed.caseId(), "กำลังตรวจสอบ", false, List.of(), officer);
        handlingCases.reply(t.id(), filed.caseId(), "ออกสำรวจแล้ว", true, List.of(), officer);

        assertThat(mailsTo(address)).hasSize(1);
        assertThat(jdbc.sql("select day from complaint_notice where case_id = ?").param(filed.caseId())
                .query(LocalDate.class).list()).containsExactly(LocalDate.now(clock));
    }

    @Test
    void noAddressOrNoRequestForNoticesSendsNothing() {
        Tenant t = fixtures.create();
        String address = "quiet." + t.marker() + "@example.org";
        Filed withoutNotices = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads")
                .contact("นายสุรชัย คำปัน", null, address).build(), null);
        Filed phoneOnly = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "water")
                .contact("นางคำแปง วงศ์ใหญ่", "080 000 0101", null).build(), null);
        Filed anonymous = filingComplaints.file(t.id(), SampleFilings.corruption(complaintSettings, t.id(), "bribery").build(), null);
        int before = smtp.getReceivedMessages().length;

        for (Filed filed : List.of(withoutNotices, phoneOnly, anonymous)) {
            handlingCases.reply(t.id(), filed.caseId(), "ตอบกลับ", false, List.of(), t.userId(Role.INTEGRITY_OFFICER));
        }

        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(jdbc.sql("select count(*) from complaint_notice where tenant_id = ?").param(t.id().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anUpdateThatIsRolledBackSendsNothing() {
        Tenant t = fixtures.create();
        String address = "citizen." + t.marker() + "@example.org";
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads")
                .contact("นางบุญเรือน แก้วมา", null, address).notices().build(), null);

        transaction.executeWithoutResult(status -> {
            handlingCases.reply(t.id(), filed.caseId(), "ตอบกลับที่ถูกยกเลิก", false, List.of(), t.userId(Role.INTEGRITY_OFFICER));
            status.setRollbackOnly();
        });

        assertThat(mailsTo(address)).isEmpty();
        assertThat(complaintCases.get(t.id(), filed.caseId()).events()).noneMatch(e -> e.kind() == CaseView.EventKind.REPLY);
    }

    @Test
    void aFailedSendDoesNotFailTheUpdateAndTheNextUpdateTriesAgain() {
        Tenant t = fixtures.create();
        String address = "citizen." + t.marker() + "@example.org";
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads")
                .contact("นายอำนาจ ใจเย็น", null, address).notices().build(), null);
        UUID officer = t.userId(Role.INTEGRITY_OFFICER);

        smtp.stop();
        try {
            handlingCases.reply(t.id(), filed.caseId(), "ตอบครั้งแรก", false, List.of(), officer);
        } finally {
            smtp = startedSmtp();
        }
        assertThat(complaintCases.get(t.id(), filed.caseId()).events()).anyMatch(e -> "ตอบครั้งแรก".equals(e.body()));
        assertThat(jdbc.sql("select count(*) from complaint_notice where case_id = ?").param(filed.caseId())
                .query(Integer.class).single()).isZero();

        handlingCases.reply(t.id(), filed.caseId(), "ตอบครั้งที่สอง", false, List.of(), officer);
        assertThat(mailsTo(address)).hasSize(1);
    }
}
