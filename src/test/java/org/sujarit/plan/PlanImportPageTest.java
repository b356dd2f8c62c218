package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** An officer pastes the Ban Tom plan's text, reviews the 20 items read from it, and adds them to a draft. */
@WebTest
class PlanImportPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired Plans plans;

    @Test
    void theSeedImportsToTwentyItemsAfterReview() throws Exception {
        Tenant tenant = fixtures.create();
        PlanSummary plan = plans.create(tenant.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null,
                List.of(), null, null), List.of()));
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/plan/bantom-seed.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var officer = authentication(principals.authentication(tenant.username(Role.INTEGRITY_OFFICER)));
        String preview = mvc.perform(post("/console/plan/import").with(csrf()).with(officer).param("text", seed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(preview).contains("อ่านได้ 20 รายการ").contains("แผ่นที่ 3").contains("อ่านงบประมาณไม่ได้")
                .contains("มาตรการ NO Gift Policy");
        assertThat(plans.view(tenant.id(), plan.openRevisionId()).orElseThrow().allItems()).isEmpty();

        mvc.perform(post("/console/plan/import/save").with(csrf()).with(officer).param("text", seed))
                .andExpect(status().is3xxRedirection());
        PlanView imported = plans.view(tenant.id(), plan.openRevisionId()).orElseThrow();
        assertThat(imported.allItems()).hasSize(20);
        assertThat(imported.allItems().map(i -> i.content().targetCount()).toList()).contains(80, 60);
    }

    @Test
    void textWithoutSheetsOrABinaryFileIsExplained() throws Exception {
        Tenant tenant = fixtures.create();
        plans.create(tenant.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน", null, null, List.of(), null, null), List.of()));
        var officer = authentication(principals.authentication(tenant.username(Role.INTEGRITY_OFFICER)));
        String none = mvc.perform(post("/console/plan/import").with(csrf()).with(officer).param("text", "ข้อความทั่วไป ไม่ใช่แผน"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("ไม่พบรายละเอียดโครงการ").contains("ข้อความทั่วไป ไม่ใช่แผน");
        String binary = mvc.perform(multipart("/console/plan/import").file(new MockMultipartFile("file", "plan.txt",
                        "text/plain", new byte[] {0, 1, 2, (byte) 0xFF})).with(csrf()).with(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(binary).contains("อ่านได้เฉพาะไฟล์ข้อความ");
    }
}
