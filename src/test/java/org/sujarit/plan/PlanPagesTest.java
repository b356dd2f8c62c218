package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.PlanFixture.TenantWithPlan;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/** The plan's pages and JSON as officers, executives, unit staff and citizens use them. */
@WebTest
class PlanPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;
    @Autowired Plans plansService;
    @Autowired org.sujarit.tenant.Organisations organisations;

    @Test
    void anItemSavedWithABadKpiComesBackWithEverythingTyped() throws Exception {
        TenantWithPlan t = plans.withReportedItem(fixtures.create());
        String page = mvc.perform(post("/console/plan/items/" + t.item().id()).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("dimensionId", t.plan().dimensions().get(0).id().toString()).param("kind", "MEASURE")
                        .param("name", "มาตรการ NO Gift Policy").param("rationale", "เหตุผลที่พิมพ์ไว้")
                        .param("method", "1) จัดประชุม\n1.1) เชิญผู้บริหาร").param("periodMonths", "1", "2")
                        .param("budgetNone", "true").param("outputs[0].text", "มีประกาศ ๑ ฉบับ")
                        .param("outputs[0].kpiType", "COUNT_AT_LEAST").param("outputs[0].kpiTarget", "")
                        .param("targetCount", "-5"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ตัวชี้วัดนี้ต้องมีค่าเป้าหมาย").contains("จำนวนต้องไม่ติดลบ")
                .contains("value=\"มาตรการ NO Gift Policy\"").contains("เหตุผลที่พิมพ์ไว้").contains("1.1) เชิญผู้บริหาร");
    }

    @Test
    void anOfficerEditsADraftItem() throws Exception {
        TenantWithPlan t = plans.withReportedItem(fixtures.create());
        mvc.perform(post("/console/plan/items/" + t.item().id()).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("dimensionId", t.plan().dimensions().get(0).id().toString()).param("kind", "MEASURE")
                        .param("name", "มาตรการ NO Gift Policy").param("method", "1) จัดประชุม\n1.1) เชิญผู้บริหาร")
                        .param("periodMonths", "10", "11").param("budgetNone", "false").param("budgetAmounts[2]", "15000")
                        .param("unitId", t.tenant().workUnit().id().toString())
                        .param("outputs[0].text", "มีประกาศ ๑ ฉบับ").param("outputs[0].kpiType", "COUNT_AT_LEAST")
                        .param("outputs[0].kpiTarget", "1").param("outputs[0].kpiUnit", "ฉบับ").param("outputs[0].kpiMethod", "DOCUMENT"))
                .andExpect(status().is3xxRedirection());
        ItemView item = plansService.view(t.tenant().id(), t.plan().revisionId()).orElseThrow().allItems().findFirst().orElseThrow();
        assertThat(item.content().kind()).isEqualTo(ItemKind.MEASURE);
        assertThat(item.content().period().months()).containsExactly(10, 11);
        assertThat(item.content().budget().perYear()).containsOnlyKeys(2568);
        assertThat(item.content().method().get(0).steps()).hasSize(1);
        assertThat(item.outputs().get(0).result().kpi().method()).isEqualTo(MeasurementMethod.DOCUMENT);
        assertThat(item.outputs().get(0).key()).isEqualTo(t.item().outputs().get(0).key());
    }

    @Test
    void onlyTheRightRolesChangeThePlan() throws Exception {
        TenantWithPlan t = plans.withReportedItem(fixtures.create());
        mvc.perform(post("/console/plan/approve").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/plan/header").with(as(t, Role.EXECUTIVE))).andExpect(status().isForbidden());
        mvc.perform(get("/console/plan").with(as(t, Role.COUNCIL_MEMBER))).andExpect(status().isOk());
        mvc.perform(post("/console/plan/approve").with(csrf()).with(as(t, Role.EXECUTIVE)).param("acknowledged", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(plansService.current(t.tenant().id()).orElseThrow().openStatus()).isEqualTo(RevisionStatus.APPROVED);
        String frozen = mvc.perform(get("/console/plan/header").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(frozen).contains("ส่งกลับเป็นฉบับร่าง");
    }

    @Test
    void unitStaffReportTheirItemAndAttachEvidence() throws Exception {
        TenantWithPlan t = plans.withReportedItem(fixtures.create());
        String key = t.item().key().toString();
        mvc.perform(post("/console/plan/progress/" + key).with(csrf()).with(as(t, Role.UNIT_STAFF))
                        .param("year", "2568").param("round", "1").param("status", "DONE")
                        .param("kpiKeys[0]", t.item().outputs().get(0).key().toString()).param("kpiActuals[0]", "4"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/console/plan/progress/" + key).param("year", "2568").param("round", "1")
                .with(as(t, Role.UNIT_STAFF))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ล็อกไว้");
        mvc.perform(post("/console/plan/progress/" + key).with(csrf()).with(as(t, Role.UNIT_STAFF))
                        .param("year", "2568").param("round", "2").param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/console/plan/progress/" + key + "/evidence").file(new MockMultipartFile("file", "photo.png",
                        "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2}))
                        .param("year", "2568").param("round", "2").param("title", "ภาพกิจกรรม")
                        .with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/console/plan/progress/" + key).param("year", "2568").param("round", "2")
                .with(as(t, Role.UNIT_STAFF))).andReturn().getResponse().getContentAsString()).contains("ภาพกิจกรรม");
    }

    @Test
    void citizensSeeOnlyWhatIsPublishedAndTheJsonNamesNoOne() throws Exception {
        TenantWithPlan t = plans.withReportedItem(fixtures.create());
        String slug = t.tenant().organisation().slug();
        assertThat(mvc.perform(get("/" + slug + "/plan")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("ยังไม่ได้เผยแพร่");
        mvc.perform(get("/api/v1/orgs/" + slug + "/plan")).andExpect(status().isNotFound());

        plansService.approve(t.tenant().id(), t.plan().revisionId(), t.tenant().userId(Role.EXECUTIVE));
        plansService.publish(t.tenant().id(), t.plan().revisionId(), t.tenant().userId(Role.INTEGRITY_OFFICER));
        assertThat(mvc.perform(get("/" + slug + "/plan")).andReturn().getResponse().getContentAsString())
                .contains("โครงการทดสอบ " + t.tenant().marker()).as("in the tenant's Thai digits").contains("๒๐,๐๐๐");
        assertThat(mvc.perform(get("/" + slug + "/plan/items/" + t.item().key())).andReturn().getResponse()
                .getContentAsString()).contains("๙. ผลผลิต").contains("ขออนุมัติ");
        mvc.perform(get("/" + slug + "/plan/progress").param("year", "2568").param("round", "1"))
                .andExpect(status().isNotFound());

        String json = mvc.perform(get("/api/v1/orgs/" + slug + "/plan")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains("\"kind\":\"PROJECT\"").contains("\"budgetPerYear\":{\"2568\":20000")
                .doesNotContain(t.tenant().accounts().get(Role.EXECUTIVE).displayName())
                .doesNotContain("approvedBy");

        mvc.perform(post("/console/plan/progress/publish").param("year", "2568").param("round", "1").with(csrf())
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().is3xxRedirection());
        String round = mvc.perform(get("/api/v1/orgs/" + slug + "/plan/rounds/2568/1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(round).contains("\"status\":\"IN_PROGRESS\"").contains("\"score\":50")
                .doesNotContain("ดำเนินการ " + t.tenant().marker())
                .doesNotContain(t.tenant().accounts().get(Role.INTEGRITY_OFFICER).displayName());
        assertThat(mvc.perform(get("/" + slug + "/plan/progress").param("year", "2568").param("round", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("๕๐.๐๐");
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/orgs/{slug}/plan").contains("/api/v1/orgs/{slug}/plan/rounds/{year}/{round}")
                .doesNotContain("/console");
    }

    @Test
    void everyItemOfTheBanTomPlanRendersOnThePortal() throws Exception {
        var banTom = organisations.findBySlug("bantom").orElseThrow();
        PlanView plan = plansService.published(banTom.id()).orElseThrow();
        List<ItemView> items = plan.allItems().toList();
        assertThat(items).hasSizeGreaterThan(10);
        for (ItemView item : items) {
            String page = mvc.perform(get("/bantom/plan/items/" + item.key())).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(page)).contains(item.content().name());
        }
    }

    private RequestPostProcessor as(TenantWithPlan t, Role role) {
        return authentication(principals.authentication(t.tenant().username(role)));
    }
}
