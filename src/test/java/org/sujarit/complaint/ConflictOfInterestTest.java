package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.risk.LinkedComplaints;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Photos;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;
import org.sujarit.complaint.statistics.YearStatistics;
import org.sujarit.complaint.statistics.ComplaintStatistics;

/**
 * A corruption report about a unit does not exist for anyone of that unit or of a unit beneath it,
 * whatever their role — not even when the report was assigned to them: not in the case list, its
 * counts or its search, not on the console card, not as a case page or a file (404 like a case that
 * does not exist), not as evidence on the risk page. A report about another unit is untouched.
 */
@WebTest
class ConflictOfInterestTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired HandlingCases handlingCases;
    @Autowired Cases complaintCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired StaffUsers users;
    @Autowired Units units;
    @Autowired CaseAccess access;
    @Autowired CaseSearch search;
    @Autowired ComplaintStatistics statistics;
    @Autowired LinkedComplaints linked;
    @Autowired RiskAssessments risks;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Tenant t;
    /** About the section above the work unit, assigned to the work unit. */
    private Filed aboutSection;
    /** About another division, assigned to the work unit too. */
    private Filed aboutOther;
    private UUID attachment;
    private UUID riskId;
    private int year;

    @BeforeEach
    void twoCorruptionReports() {
        t = fixtures.create();
        UnitId elsewhere = units.create(t.id(), null, UnitKind.DIVISION,
                new UnitDetails("กองอื่น " + t.marker(), null, null, null)).id();
        aboutSection = assigned(report("ปลัดฝ่ายเรียกรับเงิน " + t.marker(), t.section().id()));
        aboutOther = assigned(report("กองอื่นฮั้วประมูล " + t.marker(), elsewhere));
        attachment = complaintCases.get(t.id(), aboutSection.caseId()).attachments().get(0).id();
        year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        risks.create(t.id(), year, risks.matrix("NACC_3X3").orElseThrow().id());
        riskId = risks.addRisk(t.id(), year, RiskFixture.risk(t.marker()), t.workUnit().id());
        jdbc.sql("update complaint_case set risk_id = ? where tenant_id = ? and id in (?, ?)")
                .params(riskId, t.id().value(), aboutSection.caseId(), aboutOther.caseId()).update();
        user("officer-in-section", Role.INTEGRITY_OFFICER, t.section().id());
        user("executive-in-work-unit", Role.EXECUTIVE, t.workUnit().id());
        user("auditor-in-work-unit", Role.INTERNAL_AUDITOR, t.workUnit().id());
        user("auditor-in-division", Role.INTERNAL_AUDITOR, t.division().id());
        user("staff-in-section", Role.UNIT_STAFF, t.section().id());
    }

    @Test
    void staffOfTheUnitAndBeneathItFindNoTraceOfTheReport() throws Exception {
        for (String who : List.of(t.username(Role.UNIT_STAFF), name("officer-in-section"), name("executive-in-work-unit"),
                name("auditor-in-work-unit"), name("staff-in-section"))) {
            String list = page(who, "/console/complaints");
            assertThat(list).as(who).contains(aboutOther.number()).doesNotContain(aboutSection.number())
                    .contains("ยังไม่เสร็จ 1 เรื่อง");
            // The number typed stays in the search box; no case answers it.
            assertThat(page(who, "/console/complaints?q=" + aboutSection.number())).as(who)
                    .contains("ยังไม่เสร็จ 0 เรื่อง").contains("ไม่มีเรื่องตามเงื่อนไขนี้");
            assertThat(page(who, "/console/complaints?q=" + "เรียกรับเงิน")).as(who).doesNotContain(aboutSection.number());
            assertThat(page(who, "/console/complaints?channel=CORRUPTION&status=ASSIGNED")).as(who)
                    .doesNotContain(aboutSection.number()).contains(aboutOther.number());
            assertThat(page(who, "/console")).as(who).doesNotContain(aboutSection.number());
            CaseSearch.Result counted = search.search(t.id(), access.scope(principals.principal(who)), CaseSearch.Criteria.ANY,
                    clock.instant());
            assertThat(counted.open()).as(who).isEqualTo(1);
            assertThat(counted.byStatus().get(CaseStatus.ASSIGNED)).as(who).isEqualTo(1);
            YearStatistics figures = statistics.year(t.id(), FiscalYear.containing(LocalDate.now(clock)),
                    access.scope(principals.principal(who)).conflicted());
            assertThat(figures.figures(YearStatistics.Period.YEAR, Channel.CORRUPTION).received()).as("corruption reports counted for %s", who).isEqualTo(1);

            String hidden = notFound(who, "/console/complaints/" + aboutSection.caseId());
            String nonexistent = notFound(who, "/console/complaints/" + UUID.randomUUID());
            assertThat(hidden).isEqualTo(nonexistent);
            notFound(who, "/console/complaints/" + aboutSection.caseId() + "/attachments/" + attachment);
            notFound(who, "/console/complaints/" + aboutSection.caseId() + "/contact");

            assertThat(linked.linkedTo(principals.principal(who), riskId)).as(who)
                    .extracting(LinkedComplaints.Linked::number).containsExactly(aboutOther.number());
            assertThat(page(who, "/console/risk/" + year + "/risks/" + riskId)).as(who)
                    .contains(aboutOther.number()).doesNotContain(aboutSection.number());
        }
    }

    @Test
    void aHiddenReportsNumberTypedAsTheOriginalOfADuplicateIsUnknown() {
        var officerInSection = principals.principal(name("officer-in-section"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> handlingCases.markDuplicate(t.id(), aboutOther.caseId(),
                        aboutSection.number(), access.scope(officerInSection), officerInSection.userId()))
                .isInstanceOfSatisfying(org.sujarit.shared.RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("complaint.duplicate.unknown"));
        assertThat(complaintCases.get(t.id(), aboutOther.caseId()).duplicateOf()).isNull();
    }

    @Test
    void theOfficerOutsideTheUnitStillHandlesBothReports() throws Exception {
        String officer = t.username(Role.INTEGRITY_OFFICER);
        assertThat(page(officer, "/console/complaints")).contains(aboutSection.number(), aboutOther.number())
                .contains("ยังไม่เสร็จ 2 เรื่อง");
        assertThat(page(officer, "/console/complaints/" + aboutSection.caseId())).contains(aboutSection.number());
        assertThat(statistics.year(t.id(), FiscalYear.containing(LocalDate.now(clock)), access.scope(principals.principal(officer)).conflicted())
                .figures(YearStatistics.Period.YEAR, Channel.CORRUPTION).received())
                .isEqualTo(2);
        mvc.perform(get("/console/complaints/" + aboutSection.caseId() + "/attachments/" + attachment)
                .with(authentication(principals.authentication(officer)))).andExpect(status().isOk());
        assertThat(linked.linkedTo(principals.principal(officer), riskId)).extracting(LinkedComplaints.Linked::number)
                .containsExactlyInAnyOrder(aboutSection.number(), aboutOther.number());
        // The unit above the one the report is about is not in conflict.
        assertThat(page(name("auditor-in-division"), "/console/complaints")).contains(aboutSection.number(), aboutOther.number());
        // Staff of another unit learn a linked number but nothing of its content, as before.
        user("staff-elsewhere", Role.UNIT_STAFF, units.create(t.id(), null, UnitKind.DIVISION,
                new UnitDetails("กองที่สาม " + t.marker(), null, null, null)).id());
        assertThat(linked.linkedTo(principals.principal(name("staff-elsewhere")), riskId))
                .extracting(LinkedComplaints.Linked::subject).containsOnlyNulls().hasSize(2);
    }

    private Filed report(String subject, UnitId about) {
        UUID category = complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id();
        return filingComplaints.file(t.id(), new Filing(Channel.CORRUPTION, category, subject, "รายละเอียด " + subject, null, null,
                null, null, null, null, "หัวหน้า", about.value(), true, Contact.NONE, false, Source.WEB,
                List.of(new Upload("หลักฐาน.jpg", Photos.jpeg(40, 30)))), null);
    }

    private Filed assigned(Filed filed) {
        UUID officer = t.userId(Role.INTEGRITY_OFFICER);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, officer);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACCEPTED, "รับไว้", null, null, officer);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ASSIGNED, "มอบหมาย", null, t.workUnit().id().value(), officer);
        return filed;
    }

    private void user(String name, Role role, UnitId unit) {
        users.create(new NewStaffUser(t.id(), name(name), name + " " + t.marker(), null, unit, EnumSet.of(role), null,
                TenantFixture.PASSWORD, false, false));
    }

    private String name(String name) {
        return t.marker() + "." + name;
    }

    /** The page with its digits read as Arabic: Thai pages write them in Thai (see NumeralStyle). */
    private String page(String username, String path) throws Exception {
        return ThaiDigits.toArabic(mvc.perform(get(path).with(authentication(principals.authentication(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String notFound(String username, String path) throws Exception {
        return ThaiDigits.toArabic(mvc.perform(get(path).with(authentication(principals.authentication(username))))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString());
    }
}
