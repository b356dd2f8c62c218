package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.ComplaintFixture;
import org.sujarit.support.ComplaintFixture.TenantWithCases;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** A case's page and its workflow as the integrity officer, unit staff, executives and the tenant admin use them. */
@WebTest
class CasePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintFixture complaintFixture;
    @Autowired FilingComplaints filingComplaints;
    @Autowired HandlingCases handlingCases;
    @Autowired Cases complaintCases;
    @Autowired AuditTrail trail;

    @Test
    void aCaseGoesFromReceivedToClosedThroughThePagesAndAStepWithoutReasonIsRefusedKeepingWhatWasTyped() throws Exception {
        TenantWithCases t = withCases();
        UUID id = t.general().caseId();
        String marker = t.tenant().marker();
        step(t, Role.INTEGRITY_OFFICER, id, "ACKNOWLEDGED", "รับทราบเรื่องแล้ว", null);
        step(t, Role.INTEGRITY_OFFICER, id, "ACCEPTED", "อยู่ในอำนาจหน้าที่", null);
        mvc.perform(move(t, Role.INTEGRITY_OFFICER, id, "ASSIGNED", "งานไฟฟ้าดูแล", null)
                        .param("unitId", t.tenant().workUnit().id().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/console/complaints/" + id));
        step(t, Role.UNIT_STAFF, id, "IN_PROGRESS", "ออกสำรวจพื้นที่", null);
        mvc.perform(multipart("/console/complaints/" + id + "/reply").file(new MockMultipartFile("files", "หลอดใหม่.png",
                                "image/png", ComplaintFixture.PNG))
                        .param("text", "สั่งซื้อหลอดไฟแล้ว รอของ 20 วัน " + marker).param("explanation", "true")
                        .with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "complaint.explained"));

        String refused = mvc.perform(move(t, Role.UNIT_STAFF, id, "RESOLVED", "  ", "เปลี่ยนหลอดไฟเรียบร้อยแล้ว " + marker))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("กรุณาบันทึกเหตุผลของขั้นตอนนี้").contains(">เปลี่ยนหลอดไฟเรียบร้อยแล้ว " + marker + "</textarea>")
                .containsPattern("id=\"step-RESOLVED\" class=\"action\" open");
        assertThat(complaintCases.get(t.tenant().id(), id).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        String noMessage = mvc.perform(move(t, Role.UNIT_STAFF, id, "RESOLVED", "ซ่อมแล้ว", ""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(noMessage).contains("กรุณาเขียนข้อความแจ้งผู้ร้อง").contains(">ซ่อมแล้ว</textarea>");

        step(t, Role.UNIT_STAFF, id, "RESOLVED", "ซ่อมแล้ว", "เปลี่ยนหลอดไฟเรียบร้อยแล้ว " + marker);
        mvc.perform(move(t, Role.UNIT_STAFF, id, "CLOSED", "ปิดเอง", null)).andExpect(status().isUnprocessableContent());
        step(t, Role.INTEGRITY_OFFICER, id, "CLOSED", "ผู้ร้องพอใจ", null);

        CaseView closed = complaintCases.get(t.tenant().id(), id);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.unitId()).isEqualTo(t.tenant().workUnit().id().value());
        assertThat(closed.outcome()).isEqualTo("เปลี่ยนหลอดไฟเรียบร้อยแล้ว " + marker);
        // A step and its message to the citizen share one instant, so their order between them is not fixed.
        assertThat(closed.events()).extracting(CaseView.Event::kind).containsSubsequence(EventKind.FILED, EventKind.STATUS,
                EventKind.STATUS, EventKind.STATUS, EventKind.STATUS, EventKind.EXPLANATION).contains(EventKind.REPLY);
        assertThat(closed.events()).filteredOn(e -> e.kind() == EventKind.STATUS).extracting(CaseView.Event::toStatus)
                .containsExactly(CaseStatus.ACKNOWLEDGED, CaseStatus.ACCEPTED, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
                        CaseStatus.RESOLVED, CaseStatus.CLOSED);
        assertThat(closed.deadlines()).filteredOn(d -> d.kind() == DeadlineKind.ACTION).singleElement()
                .satisfies(d -> assertThat(d.metBy()).isEqualTo("EXPLANATION"));
        assertThat(closed.attachments()).extracting(CaseView.Attachment::fileName).contains("หลอดใหม่.png");

        String page = page(t, Role.INTEGRITY_OFFICER, id);
        assertThat(page).contains("ยุติเรื่อง").contains("สั่งซื้อหลอดไฟแล้ว รอของ 20 วัน " + marker)
                .contains("ออกสำรวจพื้นที่").contains("เหตุผล (ภายใน ผู้ร้องเรียนไม่เห็น)").contains("มอบให้: งาน " + marker)
                .doesNotContain("id=\"step-");
    }

    @Test
    void unitStaffSeeOnlyTheCasesOfTheirUnitAndNoUnassignedCorruptionReport() throws Exception {
        TenantWithCases t = withCases();
        Tenant tenant = t.tenant();
        UUID officer = tenant.userId(Role.INTEGRITY_OFFICER);
        String list = list(t, Role.UNIT_STAFF, "");
        assertThat(list).doesNotContain(t.general().number()).doesNotContain(t.corruption().number());
        mvc.perform(get("/console/complaints/" + t.general().caseId()).with(as(t, Role.UNIT_STAFF))).andExpect(status().isNotFound());
        mvc.perform(get("/console/complaints/" + t.corruption().caseId()).with(as(t, Role.UNIT_STAFF))).andExpect(status().isNotFound());

        assign(t, t.general().caseId(), tenant.workUnit().id().value(), officer);
        assign(t, t.corruption().caseId(), tenant.section().id().value(), officer);
        list = list(t, Role.UNIT_STAFF, "");
        assertThat(list).contains(t.general().number()).doesNotContain(t.corruption().number());
        mvc.perform(get("/console/complaints/" + t.corruption().caseId()).with(as(t, Role.UNIT_STAFF))).andExpect(status().isNotFound());
        mvc.perform(move(t, Role.UNIT_STAFF, t.corruption().caseId(), "IN_PROGRESS", "ลอง", null)).andExpect(status().isNotFound());
        mvc.perform(post("/console/complaints/" + t.corruption().caseId() + "/note").param("text", "แอบดู").with(csrf())
                .with(as(t, Role.UNIT_STAFF))).andExpect(status().isNotFound());

        String page = page(t, Role.UNIT_STAFF, t.general().caseId());
        assertThat(page).contains("ไฟถนนดับ " + tenant.marker()).contains("id=\"step-IN_PROGRESS\"")
                .doesNotContain("id=\"step-REFERRED\"").doesNotContain("ผู้ร้อง " + tenant.marker()).doesNotContain("081 111 1111")
                .doesNotContain("/contact");
        mvc.perform(get("/console/complaints/" + t.general().caseId() + "/contact").with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().isForbidden());
        mvc.perform(move(t, Role.UNIT_STAFF, t.general().caseId(), "REFERRED", "ส่งต่อ", "ส่งต่อแล้ว"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/complaints/" + t.general().caseId() + "/priority").param("priority", "URGENT").with(csrf())
                .with(as(t, Role.UNIT_STAFF))).andExpect(status().isForbidden());

        // The corruption report given to their own unit: now theirs to work on, still without the reporter.
        handlingCases.move(tenant.id(), t.corruption().caseId(), CaseStatus.ASSIGNED, "ให้งานตรวจสอบ", null,
                tenant.workUnit().id().value(), officer);
        assertThat(list(t, Role.UNIT_STAFF, "")).contains(t.corruption().number());
        assertThat(page(t, Role.UNIT_STAFF, t.corruption().caseId())).contains("เรียกรับเงิน " + tenant.marker())
                .doesNotContain("whistle-" + tenant.marker());
    }

    @Test
    void theTenantAdminKeepsTheSettingsButOpensNoCase() throws Exception {
        TenantWithCases t = withCases();
        mvc.perform(get("/console/complaints").with(as(t, Role.TENANT_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/console/complaints/" + t.general().caseId()).with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/complaints/" + t.general().caseId() + "/attachments/" + t.attachmentId())
                .with(as(t, Role.TENANT_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/console/complaints/settings").with(as(t, Role.TENANT_ADMIN))).andExpect(status().isOk());
        String home = mvc.perform(get("/console").with(as(t, Role.TENANT_ADMIN))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("ตั้งค่าศูนย์รับเรื่องร้องเรียน").doesNotContain("เรื่องร้องเรียนที่ยังไม่เสร็จ");
        mvc.perform(get("/console/complaints/" + t.general().caseId()).with(as(t, Role.COUNCIL_MEMBER)))
                .andExpect(status().isForbidden());
        assertThat(page(t, Role.EXECUTIVE, t.corruption().caseId())).contains("เรียกรับเงิน " + t.tenant().marker())
                .doesNotContain("whistle-" + t.tenant().marker()).doesNotContain("id=\"step-").doesNotContain("/note\"");
    }

    @Test
    void theOfficerSeesWhoFiledAGeneralComplaintButACorruptionReportersContactStaysInTheVault() throws Exception {
        TenantWithCases t = withCases();
        String marker = t.tenant().marker();
        assertThat(page(t, Role.INTEGRITY_OFFICER, t.general().caseId())).contains("ผู้ร้อง " + marker).contains("081 111 1111");
        assertThat(contactViews(t)).isZero();

        String report = page(t, Role.INTEGRITY_OFFICER, t.corruption().caseId());
        assertThat(report).doesNotContain("whistle-" + marker).doesNotContain("ผู้แจ้ง " + marker)
                .doesNotContain("/console/complaints/" + t.corruption().caseId() + "/contact")
                .contains("ขอทราบตัวตนผู้แจ้ง");
        // The identity is sealed in the vault: only a custodian's grant reveals it (IdentityVaultTest).
        mvc.perform(get("/console/complaints/" + t.corruption().caseId() + "/contact").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/complaints/" + t.corruption().caseId() + "/contact").with(as(t, Role.EXECUTIVE)))
                .andExpect(status().isForbidden());
        assertThat(contactViews(t)).isZero();
    }

    @Test
    void internalNotesStayApartFromRepliesAndOutOfTheCitizensView() throws Exception {
        TenantWithCases t = withCases();
        UUID id = t.general().caseId();
        String marker = t.tenant().marker();
        mvc.perform(multipart("/console/complaints/" + id + "/note")
                        .file(new MockMultipartFile("files", "บันทึกข้อความ.pdf", "application/pdf",
                                "%PDF-1.4 internal".getBytes(StandardCharsets.US_ASCII)))
                        .param("text", "ผู้ร้องเคยร้องเรื่องเดียวกันปีก่อน " + marker).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "complaint.noted"));
        mvc.perform(post("/console/complaints/" + id + "/reply").param("text", "ได้รับเรื่องแล้ว จะส่งช่างไปดู " + marker)
                        .with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "complaint.replied"));
        String emptyNote = mvc.perform(post("/console/complaints/" + id + "/note").param("text", " ").with(csrf())
                        .with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(emptyNote).contains("กรุณาพิมพ์ข้อความ");

        CaseView c = complaintCases.get(t.tenant().id(), id);
        CaseView citizen = c.forCitizen();
        assertThat(citizen.events()).extracting(CaseView.Event::body).contains("ได้รับเรื่องแล้ว จะส่งช่างไปดู " + marker)
                .doesNotContain("ผู้ร้องเคยร้องเรื่องเดียวกันปีก่อน " + marker);
        assertThat(citizen.events()).extracting(CaseView.Event::kind).doesNotContain(EventKind.NOTE);
        assertThat(citizen.attachments()).extracting(CaseView.Attachment::fileName).doesNotContain("บันทึกข้อความ.pdf");

        String page = page(t, Role.INTEGRITY_OFFICER, id);
        int note = page.indexOf("ผู้ร้องเคยร้องเรื่องเดียวกันปีก่อน " + marker);
        assertThat(page.substring(page.lastIndexOf("<li", note), note)).contains("case-event internal").contains("ภายในเท่านั้น");
        int reply = page.indexOf("ได้รับเรื่องแล้ว จะส่งช่างไปดู " + marker);
        assertThat(page.substring(page.lastIndexOf("<li", reply), reply)).contains("case-event to-citizen")
                .contains("ผู้ร้องเรียนเห็น");

        UUID pdf = c.attachments().stream().filter(a -> a.fileName().equals("บันทึกข้อความ.pdf")).findFirst().orElseThrow().id();
        mvc.perform(get("/console/complaints/" + id + "/attachments/" + pdf).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/console/complaints/" + id + "/attachments/" + t.attachmentId()).with(as(t, Role.EXECUTIVE)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/console/complaints/" + t.corruption().caseId() + "/attachments/" + t.attachmentId())
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void theOfficerSetsPriorityLinksADuplicateAndReopens() throws Exception {
        TenantWithCases t = withCases();
        UUID id = t.general().caseId();
        mvc.perform(post("/console/complaints/" + id + "/priority").param("priority", "URGENT").with(csrf())
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().is3xxRedirection());
        String unknown = mvc.perform(post("/console/complaints/" + id + "/duplicate").param("originalNumber", "ZZ-2500-9999")
                        .with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("ไม่พบเลขที่เรื่องนี้").contains("value=\"ZZ-2500-9999\"");
        String otherChannel = mvc.perform(post("/console/complaints/" + id + "/duplicate")
                        .param("originalNumber", t.corruption().number()).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(otherChannel).contains("เรื่องซ้ำต้องอยู่ในช่องทางเดียวกัน");
        FilingComplaints.Filed earlier = complaintFixture.withCases(t.tenant()).general();
        mvc.perform(post("/console/complaints/" + id + "/duplicate").param("originalNumber", earlier.number().toLowerCase())
                .with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().is3xxRedirection());
        CaseView c = complaintCases.get(t.tenant().id(), id);
        assertThat(c.priority()).isEqualTo(Priority.URGENT);
        assertThat(c.duplicateOf()).isEqualTo(earlier.caseId());

        String notFinished = mvc.perform(post("/console/complaints/" + id + "/reopen").param("reason", "ขอเปิดใหม่")
                        .with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(notFinished).contains("เปิดเรื่องใหม่ได้เฉพาะเรื่องที่แล้วเสร็จหรือยุติแล้ว").contains(">ขอเปิดใหม่</textarea>");
        step(t, Role.INTEGRITY_OFFICER, id, "NOT_ACCEPTED", "นอกอำนาจหน้าที่", "เรื่องนี้อยู่ในอำนาจของการไฟฟ้าส่วนภูมิภาค");
        String stale = mvc.perform(move(t, Role.INTEGRITY_OFFICER, id, "ACKNOWLEDGED", "พิมพ์จากหน้าเก่า", null))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("เปลี่ยนสถานะนี้จากสถานะปัจจุบันไม่ได้").contains("พิมพ์จากหน้าเก่า");
        String unreadable = mvc.perform(move(t, Role.INTEGRITY_OFFICER, id, "NOPE", "เหตุผล", null))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("เปลี่ยนสถานะนี้จากสถานะปัจจุบันไม่ได้").doesNotContain("Exception");
        mvc.perform(post("/console/complaints/" + id + "/reopen").param("reason", "ตรวจแล้วเป็นไฟของเทศบาล").with(csrf())
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().is3xxRedirection());
        assertThat(complaintCases.get(t.tenant().id(), id).status()).isEqualTo(CaseStatus.ACKNOWLEDGED);
        assertThat(page(t, Role.INTEGRITY_OFFICER, id)).contains("ความเร่งด่วน: ด่วนที่สุด").contains(earlier.number());
    }

    // -------------------------------------------------------------------------------------------

    private TenantWithCases withCases() {
        return complaintFixture.withCases(fixtures.create());
    }

    private void assign(TenantWithCases t, UUID caseId, UUID unit, UUID officer) {
        handlingCases.move(t.tenant().id(), caseId, CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, officer);
        handlingCases.move(t.tenant().id(), caseId, CaseStatus.ACCEPTED, "รับไว้", null, null, officer);
        handlingCases.move(t.tenant().id(), caseId, CaseStatus.ASSIGNED, "มอบหมาย", null, unit, officer);
    }

    /** A step that must succeed: a redirect back to the case with the notice. */
    private ResultActions step(TenantWithCases t, Role role, UUID id, String to, String reason, String message) throws Exception {
        return mvc.perform(move(t, role, id, to, reason, message)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/complaints/" + id)).andExpect(flash().attribute("notice", "complaint.moved"));
    }

    private MockHttpServletRequestBuilder move(TenantWithCases t, Role role, UUID id, String to, String reason, String message) {
        MockHttpServletRequestBuilder request = post("/console/complaints/" + id + "/move").param("to", to)
                .param("reason", reason).with(csrf()).with(as(t, role));
        return message == null ? request : request.param("message", message);
    }

    /** The page with its digits read as Arabic: Thai pages write them in Thai (see NumeralStyle). */
    private String page(TenantWithCases t, Role role, UUID id) throws Exception {
        return ThaiDigits.toArabic(mvc.perform(get("/console/complaints/" + id).with(as(t, role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The page with its digits read as Arabic: Thai pages write them in Thai (see NumeralStyle). */
    private String list(TenantWithCases t, Role role, String query) throws Exception {
        return ThaiDigits.toArabic(mvc.perform(get("/console/complaints" + query).with(as(t, role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private long contactViews(TenantWithCases t) {
        return trail.recent(t.tenant().id(), 50).stream().map(AuditEvent::action).filter("complaint.contact-viewed"::equals).count();
    }

    private RequestPostProcessor as(TenantWithCases t, Role role) {
        return authentication(principals.authentication(t.tenant().username(role)));
    }
}
