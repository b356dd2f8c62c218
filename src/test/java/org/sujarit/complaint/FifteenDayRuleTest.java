package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.Event;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * The seed's rule: the unit acts within 15 days or explains to the complainant. A case left
 * unanswered for 15 days is flagged overdue — on the case, in the history the citizen reads, and
 * by the e-mail notice — once; a case explained in time is not. The deadline engine runs on a
 * schedule of its own.
 */
class FifteenDayRuleTest extends MailTestBase {

    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired HandlingCases handlingCases;
    @Autowired Cases complaintCases;
    @Autowired LapsedDeadlines lapsedDeadlines;
    @Autowired DeadlineCheck deadlineCheck;
    @Autowired ScheduledTaskHolder schedules;
    @Autowired JdbcClient jdbc;

    @Test
    void aCaseUnansweredFor15DaysIsFlaggedOverdueAndTheCitizenToldOnce() throws Exception {
        Tenant t = fixtures.create();
        String address = "citizen." + t.marker() + "@example.org";
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads")
                .contact("นายสมศักดิ์ มั่นคง", null, address).notices().build(), null);
        Instant filedAt = complaintCases.get(t.id(), filed.caseId()).filedAt();
        Instant sixteenDaysLater = filedAt.plus(Duration.ofDays(16));
        assertThat(complaintCases.get(t.id(), filed.caseId()).overdue(filedAt.plus(Duration.ofDays(14)))).isTrue();
        assertThat(mailsTo(address)).isEmpty();

        int noticed = lapsedDeadlines.notice(sixteenDaysLater);

        assertThat(noticed).isGreaterThanOrEqualTo(2);
        CaseView c = complaintCases.get(t.id(), filed.caseId());
        assertThat(c.overdue(sixteenDaysLater)).isTrue();
        assertThat(c.actionDeadline().orElseThrow().overdueNoticedAt()).isEqualTo(sixteenDaysLater);
        List<Event> seen = c.forCitizen().events();
        assertThat(seen).filteredOn(e -> e.kind() == EventKind.OVERDUE).singleElement()
                .satisfies(e -> assertThat(e.body()).isEqualTo(DeadlineKind.ACTION.name()));
        assertThat(c.events()).filteredOn(e -> e.kind() == EventKind.OVERDUE)
                .extracting(Event::body).containsExactlyInAnyOrder("ACKNOWLEDGE", "ACTION");
        assertThat(mailsTo(address)).singleElement().satisfies(mail -> assertThat(everything(mail))
                .contains(filed.number(), "/" + t.organisation().slug() + "/complaints/track"));

        assertThat(lapsedDeadlines.notice(sixteenDaysLater)).isZero();
        assertThat(complaintCases.get(t.id(), filed.caseId()).events()).filteredOn(e -> e.kind() == EventKind.OVERDUE).hasSize(2);
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void aCaseExplainedWithin15DaysIsNotFlagged() {
        Tenant t = fixtures.create();
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "roads").build(), null);
        Instant filedAt = complaintCases.get(t.id(), filed.caseId()).filedAt();
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, "รับเรื่อง", null, null, t.userId(Role.INTEGRITY_OFFICER));
        handlingCases.reply(t.id(), filed.caseId(), "ต้องตั้งงบประมาณซ่อมในปีหน้า ระหว่างนี้ติดป้ายเตือนแล้ว", true, List.of(),
                t.userId(Role.INTEGRITY_OFFICER));

        Instant sixteenDaysLater = filedAt.plus(Duration.ofDays(16));
        lapsedDeadlines.notice(sixteenDaysLater);

        CaseView c = complaintCases.get(t.id(), filed.caseId());
        assertThat(c.overdue(sixteenDaysLater)).isFalse();
        assertThat(c.events()).noneMatch(e -> e.kind() == EventKind.OVERDUE);
        assertThat(c.actionDeadline().orElseThrow().metBy()).isEqualTo("EXPLANATION");
        assertThat(c.status().handled()).isFalse();
    }

    @Test
    void theScheduledCheckNoticesWhatLapsedByNow() {
        assertThat(schedules.getScheduledTasks()).anySatisfy(task -> {
            assertThat(String.valueOf(task.getTask().getRunnable())).contains("DeadlineCheck").endsWith(".onSchedule");
            assertThat(task.getTask()).isInstanceOfSatisfying(org.springframework.scheduling.config.CronTask.class,
                    cron -> assertThat(cron.getExpression()).isEqualTo("0 */15 * * * *"));
        });
        Tenant t = fixtures.create();
        Filed filed = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "lighting").build(), null);
        // As if filed 20 days ago: its deadlines passed while nobody ran the check.
        jdbc.sql("update complaint_deadline set due_at = due_at - interval '20 days' where case_id = ?")
                .param(filed.caseId()).update();

        deadlineCheck.check();

        assertThat(complaintCases.get(t.id(), filed.caseId()).events()).filteredOn(e -> e.kind() == EventKind.OVERDUE)
                .extracting(Event::body).containsExactlyInAnyOrder("ACKNOWLEDGE", "ACTION");
    }
}
