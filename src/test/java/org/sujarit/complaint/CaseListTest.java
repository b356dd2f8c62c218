package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.shared.ThaiDates;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.ComplaintFixture;
import org.sujarit.support.ComplaintFixture.TenantWithCases;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/** The dashboard's list: filters, counts by status, overdue cases flagged, due dates in the Buddhist Era, and the console card. */
@WebTest
class CaseListTest {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintFixture complaintFixture;
    @Autowired HandlingCases handlingCases;
    @Autowired Cases complaintCases;
    @Autowired JdbcClient jdbc;

    @Test
    void overdueCasesAreFlaggedCountedAndFilteredAndDueDatesAreBuddhistEra() throws Exception {
        TenantWithCases t = complaintFixture.withCases(fixtures.create());
        // The general case's acknowledgement was due yesterday: as if the clock had moved on.
        jdbc.sql("update complaint_deadline set due_at = now() - interval '1 day' where case_id = ? and kind = 'ACKNOWLEDGE'")
                .param(t.general().caseId()).update();

        String all = list(t, "");
        assertThat(all).contains(t.general().number()).contains(t.corruption().number())
                .contains("ยังไม่เสร็จ 2 เรื่อง").contains("เกินกำหนด 1 เรื่อง");
        int general = all.indexOf(t.general().number());
        assertThat(all.substring(all.lastIndexOf("<tr", general), general)).contains("class=\"overdue\"");
        int corruption = all.indexOf(t.corruption().number());
        assertThat(all.substring(all.lastIndexOf("<tr", corruption), corruption)).doesNotContain("overdue");
        Instant due = complaintCases.get(t.tenant().id(), t.corruption().caseId()).deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.ACKNOWLEDGE).findFirst().orElseThrow().dueAt();
        LocalDate dueOn = LocalDate.ofInstant(due, BANGKOK);
        assertThat(all).contains(ThaiDates.longDate(dueOn, Locale.forLanguageTag("th")))
                .contains(String.valueOf(dueOn.getYear() + 543));

        String overdue = list(t, "?overdue=true");
        assertThat(overdue).contains(t.general().number()).doesNotContain(t.corruption().number()).contains("เกินกำหนด");
        String corruptionOnly = list(t, "?channel=CORRUPTION");
        assertThat(corruptionOnly).contains(t.corruption().number()).doesNotContain(t.general().number())
                .contains("ยังไม่เสร็จ 1 เรื่อง");
        String byNumber = list(t, "?q=" + t.general().number().toLowerCase());
        assertThat(byNumber).contains(t.general().number()).doesNotContain(t.corruption().number());
        String bySubject = list(t, "?q=" + "เรียกรับเงิน");
        assertThat(bySubject).contains(t.corruption().number()).doesNotContain(t.general().number());
        String likeIsLiteral = list(t, "?q=%25");
        assertThat(likeIsLiteral).doesNotContain(t.general().number()).contains("ไม่มีเรื่องตามเงื่อนไขนี้");

        handlingCases.move(t.tenant().id(), t.general().caseId(), CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null,
                t.tenant().userId(Role.INTEGRITY_OFFICER));
        String acknowledged = list(t, "?status=ACKNOWLEDGED");
        assertThat(acknowledged).contains(t.general().number()).doesNotContain(t.corruption().number())
                .contains("href=\"/console/complaints?status=RECEIVED\"");
        String unitFilter = list(t, "?unitId=" + t.tenant().workUnit().id());
        assertThat(unitFilter).doesNotContain(t.general().number()).doesNotContain(t.corruption().number());
        String badValue = list(t, "?status=NOPE&fiscalYear=abc");
        assertThat(badValue).contains(t.general().number()).contains(t.corruption().number());

        String home = mvc.perform(get("/console").with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("เรื่องร้องเรียนที่ยังไม่เสร็จ").contains("href=\"/console/complaints\"");
        String staffHome = mvc.perform(get("/console").with(as(t, Role.UNIT_STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(staffHome).contains("เรื่องร้องเรียนที่ยังไม่เสร็จ");
    }

    /** The page with its digits read as Arabic: Thai pages write them in Thai (see NumeralStyle). */
    private String list(TenantWithCases t, String query) throws Exception {
        return ThaiDigits.toArabic(mvc.perform(get("/console/complaints" + query).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private RequestPostProcessor as(TenantWithCases t, Role role) {
        return authentication(principals.authentication(t.tenant().username(role)));
    }
}
