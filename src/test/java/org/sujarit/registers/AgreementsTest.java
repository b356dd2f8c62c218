package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.audit.AuditTrail;
import org.sujarit.shared.FiscalYear;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PdfGlyphs;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * Performance agreements through the pages: drafted by the officer (a bad weight comes back on
 * the form), signed by both on a version's hash, signed again after a revision with the old
 * signatures kept, assessed, printed; the basic staff role opens only its own, and every opening
 * by someone else is in the audit trail.
 */
@WebTest
class AgreementsTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail trail;
    @Autowired AgreementRegister register;
    @Autowired AgreementKpiMeasures kpi;
    @Autowired AgreementPdf pdf;
    @Autowired Clock clock;

    @Test
    void draftedSignedByBothRevisedSignedAgainAndAssessed() throws Exception {
        Tenant t = fixtures.create();
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        UUID person = t.userId(Role.STAFF_MEMBER);
        UUID supervisor = t.userId(Role.UNIT_STAFF);

        String refused = mvc.perform(draft(t, year, person, supervisor, "ลดขั้นตอนการออกใบอนุญาต " + t.marker(), "60", "30"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("น้ำหนักรวมกันต้องเท่ากับร้อยละ ๑๐๐").contains("ลดขั้นตอนการออกใบอนุญาต " + t.marker());
        String badWeight = mvc.perform(draft(t, year, person, supervisor, "เป้าหมาย", "หกสิบ", "40"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(badWeight).contains("น้ำหนักต้องเป็นจำนวนเต็ม").contains("หกสิบ");

        mvc.perform(draft(t, year, person, supervisor, "ลดขั้นตอนการออกใบอนุญาต " + t.marker(), "๖๐", "40"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.sql("select id from agreement where tenant_id = ?").param(t.id().value()).query(UUID.class).single();
        Agreement drafted = register.open(t.id(), id, person, false);
        assertThat(drafted.goals()).extracting(AgreementGoal::weight).containsExactly(60, 40);
        assertThat(drafted.state()).isEqualTo(AgreementState.AWAITING_PERSON);

        assertThat(page(t, Role.STAFF_MEMBER, "/console/me")).contains("ข้อตกลงการปฏิบัติราชการของท่าน", "รอผู้รับข้อตกลงลงนาม");
        sign(t, Role.STAFF_MEMBER, id, drafted.contentHash());
        assertThat(state(t, id)).isEqualTo(AgreementState.AWAITING_SUPERVISOR);
        mvc.perform(post("/console/me/agreements/" + id + "/sign").param("version", drafted.contentHash())
                        .with(as(t, Role.STAFF_MEMBER)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        sign(t, Role.UNIT_STAFF, id, drafted.contentHash());
        assertThat(state(t, id)).isEqualTo(AgreementState.SIGNED);
        assertThat(kpi.value(t.id(), AgreementKpiMeasures.SIGNED, new FiscalYear(year))).get()
                .satisfies(v -> {
                    assertThat(v.numerator()).isEqualTo(1);
                    assertThat(v.denominator()).isEqualTo(Role.MEMBER_ROLES.size());
                });

        mvc.perform(post("/console/registers/agreements/" + id).with(as(t, Role.INTEGRITY_OFFICER)).with(csrf())
                        .param("year", String.valueOf(year)).param("personId", person.toString())
                        .param("supervisorId", supervisor.toString())
                        .param("goals[0]", "ลดขั้นตอนการออกใบอนุญาต " + t.marker()).param("indicators[0]", "จำนวนวัน")
                        .param("targets[0]", "ไม่เกิน 5 วัน").param("weights[0]", "60")
                        .param("goals[1]", "รับทราบประมวลจริยธรรม").param("indicators[1]", "ร้อยละ").param("targets[1]", "100")
                        .param("weights[1]", "40"))
                .andExpect(status().is3xxRedirection());
        Agreement revised = register.open(t.id(), id, person, false);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.contentHash()).isNotEqualTo(drafted.contentHash());
        assertThat(revised.state()).isEqualTo(AgreementState.AWAITING_PERSON);
        assertThat(revised.history()).hasSize(2).allMatch(s -> s.version() == 1);
        mvc.perform(post("/console/me/agreements/" + id + "/sign").param("version", drafted.contentHash())
                .with(as(t, Role.STAFF_MEMBER)).with(csrf())).andExpect(status().isUnprocessableContent());
        sign(t, Role.STAFF_MEMBER, id, revised.contentHash());
        sign(t, Role.UNIT_STAFF, id, revised.contentHash());

        String noScore = mvc.perform(post("/console/me/agreements/" + id + "/assessment").with(as(t, Role.UNIT_STAFF)).with(csrf())
                        .param("results[0]", "4 วัน").param("results[1]", "ร้อยละ 100").param("comment", "ดี"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(noScore).contains("กรุณาใส่คะแนนหรือเลือกระดับผลการประเมิน").contains("4 วัน");
        mvc.perform(post("/console/me/agreements/" + id + "/assessment").with(as(t, Role.UNIT_STAFF)).with(csrf())
                        .param("results[0]", "4 วัน").param("results[1]", "ร้อยละ 100").param("score", "๘๕.๕")
                        .param("level", "VERY_GOOD").param("comment", "ปฏิบัติได้ตามเป้าหมาย"))
                .andExpect(status().is3xxRedirection());
        Agreement assessed = register.open(t.id(), id, person, false);
        assertThat(assessed.state()).isEqualTo(AgreementState.ASSESSED);
        assertThat(assessed.assessment().score()).isEqualByComparingTo("85.5");

        String html = pdf.html(assessed, "เทศบาลตำบล " + t.marker(), org.sujarit.shared.NumeralStyle.ARABIC);
        String text = html.replaceAll("<[^>]+>", "").replaceAll("\\s+", "");
        assertThat(text).contains("STAFF_MEMBER" + t.marker(), "UNIT_STAFF" + t.marker(), revised.contentHash(),
                "ลงนามในระบบแล้ว", "ดีมาก", "พ.ศ." + year, revised.contentHash().substring(0, 16));
        byte[] printed = mvc.perform(get("/console/me/agreements/" + id + "/agreement.pdf").with(as(t, Role.STAFF_MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(printed)) {
            assertThat(PdfGlyphs.fonts(document)).extracting(f -> f.getName()).anyMatch(name -> name.contains("Sarabun"));
        }
        byte[] xlsx = mvc.perform(get("/console/registers/agreements/year.xlsx").param("year", String.valueOf(year))
                .with(as(t, Role.EXECUTIVE))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String all = workbook.getSheetAt(0).toString();
            StringBuilder cells = new StringBuilder(all);
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
            assertThat(cells.toString()).contains("STAFF_MEMBER " + t.marker(), "ประเมินผลแล้ว", "ยังไม่จัดทำ");
        }
        assertThat(page(t, Role.INTEGRITY_OFFICER, "/console/registers/agreements?year=" + year))
                .contains("STAFF_MEMBER " + t.marker(), "ประเมินผลแล้ว", "ยังไม่จัดทำ");
    }

    @Test
    void aMemberOfStaffOpensOnlyTheirOwnAndEveryOtherOpeningIsAudited() throws Exception {
        Tenant t = fixtures.create();
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        mvc.perform(draft(t, year, t.userId(Role.COUNCIL_MEMBER), t.userId(Role.EXECUTIVE), "เป้าหมายของผู้อื่น " + t.marker(),
                "50", "50")).andExpect(status().is3xxRedirection());
        UUID other = jdbc.sql("select id from agreement where tenant_id = ?").param(t.id().value()).query(UUID.class).single();
        Agreement agreement = register.open(t.id(), other, t.userId(Role.COUNCIL_MEMBER), false);

        for (String path : List.of("/console/me/agreements/" + other, "/console/me/agreements/" + other + "/agreement.pdf",
                "/console/me/agreements/" + other + "/edit", "/console/me/agreements/" + other + "/assessment")) {
            var response = mvc.perform(get(path).with(as(t, Role.STAFF_MEMBER))).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).as(path).doesNotContain("เป้าหมายของผู้อื่น");
        }
        mvc.perform(post("/console/me/agreements/" + other + "/sign").param("version", agreement.contentHash())
                .with(as(t, Role.STAFF_MEMBER)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/console/registers/agreements/" + other).with(as(t, Role.STAFF_MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get("/console/registers/agreements").with(as(t, Role.UNIT_STAFF))).andExpect(status().isForbidden());
        assertThat(state(t, other)).isEqualTo(AgreementState.AWAITING_PERSON);
        assertThat(page(t, Role.STAFF_MEMBER, "/console/me/agreements")).doesNotContain("เป้าหมายของผู้อื่น", other.toString());

        assertThat(viewed(t, other)).isZero();
        page(t, Role.COUNCIL_MEMBER, "/console/me/agreements/" + other);
        assertThat(viewed(t, other)).as("the person's own opening is not another's view").isZero();
        assertThat(page(t, Role.INTEGRITY_OFFICER, "/console/registers/agreements/" + other)).contains("เป้าหมายของผู้อื่น");
        assertThat(viewed(t, other)).isEqualTo(1);
        page(t, Role.EXECUTIVE, "/console/me/agreements/" + other);
        page(t, Role.EXECUTIVE, "/console/registers/agreements/" + other);
        assertThat(viewed(t, other)).isEqualTo(3);
    }

    @Test
    void theOfficerDraftsForAWholeUnitOnceAndSetsTheSigningDate() throws Exception {
        Tenant t = fixtures.create();
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        MockHttpServletRequestBuilder bulk = post("/console/registers/agreements/bulk").with(as(t, Role.INTEGRITY_OFFICER))
                .with(csrf()).param("year", String.valueOf(year)).param("unitId", t.division().id().value().toString())
                .param("supervisorId", t.userId(Role.EXECUTIVE).toString())
                .param("goals[0]", "ปฏิบัติงานตามหลักธรรมาภิบาล").param("indicators[0]", "ไม่มีเรื่องร้องเรียน")
                .param("targets[0]", "0 เรื่อง").param("weights[0]", "100");
        mvc.perform(bulk).andExpect(status().is3xxRedirection());
        mvc.perform(bulk).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select person_id from agreement where tenant_id = ?").param(t.id().value()).query(UUID.class).list())
                .containsExactly(t.userId(Role.UNIT_STAFF));

        String outside = mvc.perform(post("/console/registers/agreements/sign-by").with(as(t, Role.INTEGRITY_OFFICER)).with(csrf())
                        .param("year", String.valueOf(year)).param("signBy", "1/1/" + (year + 5)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("วันที่ต้องอยู่ในปีงบประมาณนั้น");
        mvc.perform(post("/console/registers/agreements/sign-by").with(as(t, Role.INTEGRITY_OFFICER)).with(csrf())
                .param("year", String.valueOf(year)).param("signBy", "15/11/" + (year - 1))).andExpect(status().is3xxRedirection());
        assertThat(register.signBy(t.id(), year)).contains(LocalDate.of(year - 1 - 543, 11, 15));
        mvc.perform(post("/console/registers/agreements/sign-by").with(as(t, Role.EXECUTIVE)).with(csrf())
                .param("year", String.valueOf(year)).param("signBy", "16/11/" + (year - 1))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder draft(Tenant t, int year, UUID person, UUID supervisor, String goal, String w1,
                                                String w2) {
        return post("/console/registers/agreements").with(as(t, Role.INTEGRITY_OFFICER)).with(csrf())
                .param("year", String.valueOf(year)).param("personId", person.toString())
                .param("supervisorId", supervisor.toString())
                .param("goals[0]", goal).param("indicators[0]", "จำนวนวัน").param("targets[0]", "ไม่เกิน 7 วัน")
                .param("weights[0]", w1)
                .param("goals[1]", "รับทราบประมวลจริยธรรม").param("indicators[1]", "ร้อยละ").param("targets[1]", "100")
                .param("weights[1]", w2);
    }

    private void sign(Tenant t, Role role, UUID id, String hash) throws Exception {
        mvc.perform(post("/console/me/agreements/" + id + "/sign").param("version", hash).with(as(t, role)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    /** The state as the register lists it (read without opening the agreement, which would be audited). */
    private AgreementState state(Tenant t, UUID id) {
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        return register.year(t.id(), year).stream().filter(r -> id.equals(r.agreementId())).findFirst().orElseThrow().state();
    }

    private long viewed(Tenant t, UUID id) {
        return trail.recent(t.id(), 200).stream().filter(e -> e.action().equals("agreement.viewed")
                && e.recordId().equals(id.toString())).count();
    }

    private String page(Tenant t, Role role, String path) throws Exception {
        return mvc.perform(get(path).with(as(t, role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
