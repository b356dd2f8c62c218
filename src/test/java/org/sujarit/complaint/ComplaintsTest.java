package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.FollowingCases.LookupResult;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/** The complaint centre's commands on real PostgreSQL: numbering, the workflow's rules, deadlines. */
@SpringBootTest
class ComplaintsTest {

    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired HandlingCases handlingCases;
    @Autowired FollowingCases followingCases;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired LapsedDeadlines lapsedDeadlines;

    static Filing general(ComplaintSettings complaintSettings, Tenant t, String subject) {
        return new Filing(Channel.GENERAL, complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id(), subject,
                "รายละเอียด " + subject, null, null, null, null, null, null, null, null, true, null, false, Source.WEB, List.of());
    }

    @Test
    void concurrentFilingsNeverShareACaseNumber() throws Exception {
        Tenant t = fixtures.create();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Filed>> filings = IntStream.range(0, 32)
                    .<Callable<Filed>>mapToObj(i -> () -> filingComplaints.file(t.id(), general(complaintSettings, t, "เรื่อง " + i), null))
                    .toList();
            List<String> numbers = new ArrayList<>();
            for (Future<Filed> f : pool.invokeAll(filings)) {
                numbers.add(f.get().number());
            }
            String prefix = numbers.get(0).substring(0, numbers.get(0).lastIndexOf('-') + 1);
            assertThat(numbers).doesNotHaveDuplicates().hasSize(32)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 32).mapToObj(i -> prefix + String.format("%04d", i)).toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyStepNeedsAReasonAndTheRightNextStatus() {
        Tenant t = fixtures.create();
        Filed filed = filingComplaints.file(t.id(), general(complaintSettings, t, "ไฟดับ"), null);
        var officer = t.userId(Role.INTEGRITY_OFFICER);
        assertThatThrownBy(() -> handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, " ", null, null, officer))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("complaint.reason.required");
        assertThatThrownBy(() -> handlingCases.move(t.id(), filed.caseId(), CaseStatus.RESOLVED, "เสร็จ", "แก้แล้ว", null, officer))
                .hasMessageContaining("complaint.move.notAllowed");
        assertThatThrownBy(() -> handlingCases.move(t.id(), filed.caseId(), CaseStatus.NOT_ACCEPTED, "ไม่ใช่อำนาจ", null, null, officer))
                .hasMessageContaining("complaint.message.required");
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, "รับเรื่อง", null, null, officer);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACCEPTED, "อยู่ในอำนาจ", null, null, officer);
        assertThatThrownBy(() -> handlingCases.move(t.id(), filed.caseId(), CaseStatus.ASSIGNED, "มอบ", null, null, officer))
                .hasMessageContaining("complaint.unit.required");
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ASSIGNED, "มอบกองช่าง", null, t.workUnit().id().value(), officer);
        CaseView c = complaintCases.get(t.id(), filed.caseId());
        assertThat(c.unitId()).isEqualTo(t.workUnit().id().value());
        assertThat(c.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.ACKNOWLEDGE).singleElement()
                .satisfies(d -> assertThat(d.met()).isTrue());
        assertThat(c.actionDeadline().orElseThrow().met()).isFalse();
        assertThat(c.events()).extracting(CaseView.Event::body).contains("รับเรื่อง", "อยู่ในอำนาจ", "มอบกองช่าง");
        assertThat(c.forCitizen().events()).extracting(CaseView.Event::body).doesNotContain("รับเรื่อง", "อยู่ในอำนาจ", "มอบกองช่าง");
    }

    @Test
    void theFifteenDayDeadlineIsKeptByHandlingTheCaseOrByAnExplanation() {
        Tenant t = fixtures.create();
        var officer = t.userId(Role.INTEGRITY_OFFICER);
        Filed explained = filingComplaints.file(t.id(), general(complaintSettings, t, "ถนนพัง"), null);
        Filed forgotten = filingComplaints.file(t.id(), general(complaintSettings, t, "ขยะล้น"), null);
        handlingCases.reply(t.id(), explained.caseId(), "ต้องรอตั้งงบประมาณซ่อมถนน คาดว่าจะแล้วเสร็จในเดือนมีนาคม", true, List.of(), officer);

        var filedAt = complaintCases.get(t.id(), forgotten.caseId()).filedAt();
        // (the count notice() returns is the whole database's: other tests' cases lapse too)
        lapsedDeadlines.notice(filedAt.plus(Duration.ofDays(2)));
        assertThat(complaintCases.get(t.id(), forgotten.caseId()).events()).extracting(CaseView.Event::kind)
                .as("nothing lapsed after two days").doesNotContain(CaseView.EventKind.OVERDUE);
        lapsedDeadlines.notice(filedAt.plus(Duration.ofDays(16)));
        CaseView late = complaintCases.get(t.id(), forgotten.caseId());
        assertThat(late.overdue(filedAt.plus(Duration.ofDays(16)))).isTrue();
        assertThat(late.forCitizen().events()).extracting(CaseView.Event::kind).contains(CaseView.EventKind.OVERDUE);
        CaseView kept = complaintCases.get(t.id(), explained.caseId());
        assertThat(kept.actionDeadline().orElseThrow().metBy()).isEqualTo("EXPLANATION");
        assertThat(kept.forCitizen().events()).extracting(CaseView.Event::kind).doesNotContain(CaseView.EventKind.OVERDUE);
        // Its acknowledgement deadline did lapse (nobody acknowledged it): flagged for staff only.
        assertThat(kept.events()).filteredOn(e -> e.kind() == CaseView.EventKind.OVERDUE).singleElement()
                .satisfies(e -> assertThat(e.body()).isEqualTo("ACKNOWLEDGE"));
        // Noticed once.
        lapsedDeadlines.notice(filedAt.plus(Duration.ofDays(17)));
        assertThat(complaintCases.get(t.id(), forgotten.caseId()).forCitizen().events()).extracting(CaseView.Event::kind)
                .filteredOn(k -> k == CaseView.EventKind.OVERDUE).hasSize(1);
    }

    @Test
    void aNamedComplaintKeepsItsContactApartAndTheLookUpNeedsTheSecret() {
        Tenant t = fixtures.create();
        Filing named = new Filing(Channel.GENERAL, complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0).id(), "ไฟดับ",
                "ไฟดับทั้งซอย", "หมู่ 2", null, null, null, null, null, null, null, false,
                new Contact("นางสมศรี ใจดี", "081 234 5678", "somsri@example.org", null), true, Source.PHONE, List.of());
        Filed filed = filingComplaints.file(t.id(), named, t.userId(Role.INTEGRITY_OFFICER));
        CaseView c = complaintCases.get(t.id(), filed.caseId());
        assertThat(c.contact().name()).isEqualTo("นางสมศรี ใจดี");
        assertThat(c.filedByName()).contains(t.marker());
        assertThat(c.forCitizen().contact()).isNull();
        assertThat(followingCases.lookUp(t.id(), filed.number(), filed.secret()).result()).isEqualTo(LookupResult.FOUND);
        assertThat(followingCases.lookUp(t.id(), filed.number(), CitizenPagesTest.wrongSecret(filed.secret())).result())
                .isEqualTo(LookupResult.NOT_FOUND);
        assertThat(followingCases.lookUp(fixtures.create().id(), filed.number(), filed.secret()).result())
                .isEqualTo(LookupResult.NOT_FOUND);
    }
}
