package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Photos;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The code of ethics: a file that is not a PDF by its content comes back on the form; a version
 * published is public on the portal with its PDF and counts as O16 evidence; each person
 * acknowledges it, and again for the next version; the officer sees who has and has not.
 */
@WebTest
class EthicsCodeTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired EthicsCodes codes;
    @Autowired EthicsKpiMeasures kpi;
    @Autowired EthicsEvidence evidence;
    @Autowired Clock clock;

    @Test
    void publishedAcknowledgedAndAcknowledgedAgainForANewVersion() throws Exception {
        Tenant t = fixtures.create();
        String today = ThaiDates.numericDate(LocalDate.now(clock));
        String refused = mvc.perform(multipart("/console/registers/ethics")
                        .file(new MockMultipartFile("file", "code.pdf", "application/pdf", Photos.jpeg(20, 20)))
                        .param("title", "ประมวลจริยธรรม " + t.marker()).param("body", "หมวด ๑ บททั่วไป\nข้อ ๑ ยึดมั่นในสถาบันหลัก")
                        .param("effectiveOn", today).with(as(t, Role.INTEGRITY_OFFICER)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("ไฟล์ต้องเป็น PDF", "ประมวลจริยธรรม " + t.marker());
        String future = mvc.perform(post("/console/registers/ethics").param("title", "ประมวล").param("body", "ข้อความสั้น")
                        .param("effectiveOn", "31/02/2569").with(as(t, Role.INTEGRITY_OFFICER)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(future).contains("has-error");
        mvc.perform(multipart("/console/registers/ethics").param("title", "x").param("body", "y")
                .param("effectiveOn", today).with(as(t, Role.EXECUTIVE)).with(csrf())).andExpect(status().isForbidden());
        assertThat(codes.versions(t.id())).isEmpty();

        mvc.perform(multipart("/console/registers/ethics").file(new MockMultipartFile("file", "code.pdf", "application/pdf", PDF))
                        .param("title", "ประมวลจริยธรรม " + t.marker()).param("body", "หมวด ๑ บททั่วไป\nข้อ ๑ ยึดมั่นในสถาบันหลัก")
                        .param("effectiveOn", today).with(as(t, Role.INTEGRITY_OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String slug = t.organisation().slug();
        assertThat(mvc.perform(get("/" + slug + "/ethics")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("ประมวลจริยธรรม " + t.marker(), "ข้อ ๑ ยึดมั่นในสถาบันหลัก");
        assertThat(mvc.perform(get("/" + slug + "/ethics/code.pdf")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray()).isEqualTo(PDF);
        FiscalYear year = FiscalYear.containing(LocalDate.now(clock));
        assertThat(evidence.evidence(t.id(), slug, year)).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("/" + slug + "/ethics"));

        assertThat(page(t, Role.STAFF_MEMBER, "/console/me")).contains("รับทราบประมวลจริยธรรม", "ฉบับที่ ๑ ยังไม่รับทราบ");
        UUID first = codes.inForce(t.id()).orElseThrow().id();
        mvc.perform(post("/console/me/ethics").param("version", first.toString()).with(as(t, Role.STAFF_MEMBER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(t, Role.STAFF_MEMBER, "/console/me/ethics")).contains("ท่านรับทราบฉบับนี้แล้วเมื่อ");
        assertThat(kpi.value(t.id(), EthicsKpiMeasures.ACKNOWLEDGED, year)).get()
                .satisfies(v -> assertThat(v.numerator()).isEqualTo(1))
                .satisfies(v -> assertThat(v.denominator()).isEqualTo(Role.MEMBER_ROLES.size()));
        String report = page(t, Role.EXECUTIVE, "/console/registers/ethics");
        assertThat(report).contains(NumeralStyle.THAI.apply("รับทราบแล้ว 1 จาก " + Role.MEMBER_ROLES.size() + " คน"), "STAFF_MEMBER " + t.marker(),
                "ยังไม่รับทราบ");

        mvc.perform(multipart("/console/registers/ethics").param("title", "ประมวลจริยธรรม ฉบับปรับปรุง " + t.marker())
                .param("body", "หมวด ๑ บททั่วไป\nข้อ ๒ ไม่รับของขวัญเกินที่กฎหมายกำหนด").param("effectiveOn", today)
                .with(as(t, Role.INTEGRITY_OFFICER)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(t, Role.STAFF_MEMBER, "/console/me")).contains("ฉบับที่ ๒ ยังไม่รับทราบ");
        var stale = mvc.perform(post("/console/me/ethics").param("version", first.toString()).with(as(t, Role.STAFF_MEMBER))
                .with(csrf())).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("มีประมวลจริยธรรมฉบับใหม่");
        assertThat(kpi.value(t.id(), EthicsKpiMeasures.ACKNOWLEDGED, year)).get()
                .satisfies(v -> assertThat(v.numerator()).isZero());
    }

    private String page(Tenant t, Role role, String path) throws Exception {
        return mvc.perform(get(path).with(as(t, role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
