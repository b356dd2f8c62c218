package org.sujarit.registers.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.staff.roster.Invitations;
import org.sujarit.staff.roster.StaffImport;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.PlanFixture.TenantWithPlan;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/** A KPI linked to "ร้อยละของบุคลากรที่เปิดใช้บัญชีแล้ว" takes its actual from the accounts, not from what is typed. */
@WebTest
class StaffActivationKpiTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture planFixture;
    @Autowired Plans plans;
    @Autowired Progress progress;
    @Autowired StaffImport staffImport;
    @Autowired Invitations invitations;

    @Test
    void aLinkedKpiIsComputedFromTheAccountsAndUnlinkingReturnsToTyping() throws Exception {
        TenantWithPlan t = planFixture.withReportedItem(fixtures.create());
        String marker = t.tenant().marker();
        List<UUID> imported = staffImport.confirm(t.tenant().id(), ("ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน\nกานดา ดาวเด่น,เจ้าพนักงาน,กอง "
                + marker + "\nบุญมี มีบุญ,คนงาน,งาน " + marker + "\n").getBytes(StandardCharsets.UTF_8), false);
        Invitations.Issued code = invitations.issue(t.tenant().id(), imported.get(0), Invitations.Kind.PRINTED);
        invitations.acceptCode(code.username(), code.secret(), "ดอกคูนบานที่บ้านต๋อม-2569");

        String offered = mvc.perform(get("/console/plan/items/" + t.item().id()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(offered).contains("value=\"" + StaffActivationMeasure.KEY + "\"").contains("ร้อยละของบุคลากรที่เปิดใช้บัญชีแล้ว");

        mvc.perform(editItem(t, "COUNT_AT_LEAST", StaffActivationMeasure.KEY)).andExpect(status().isUnprocessableContent());
        mvc.perform(editItem(t, "PERCENT_AT_LEAST", "nobody.offers-this")).andExpect(status().isUnprocessableContent());
        mvc.perform(editItem(t, "PERCENT_AT_LEAST", StaffActivationMeasure.KEY)).andExpect(status().is3xxRedirection());
        ItemView item = plans.view(t.tenant().id(), t.plan().revisionId()).orElseThrow().allItems().findFirst().orElseThrow();
        UUID outcome = item.outcomes().get(0).key();
        assertThat(item.outcomes().get(0).result().kpi().measure()).isEqualTo(StaffActivationMeasure.KEY);

        // The fixture's own member of staff has a password, the imported two do not until one sets it: 2 of 3.
        report(t, outcome, "5");
        assertThat(progress.report(t.tenant().id(), t.plan().planId(), item.key(), new Round(2570, 1)).orElseThrow()
                .kpiActuals().get(outcome)).isEqualByComparingTo(new BigDecimal("66.67"));
        String page = mvc.perform(get("/console/plan/progress/" + item.key()).param("year", "2570").param("round", "1")
                .with(as(t, Role.INTEGRITY_OFFICER))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("คำนวณจากระบบ: ๖๖.๖๗ (๒ จาก ๓)").contains("ค่าที่กรอกจะไม่ถูกบันทึก")
                .doesNotContain("name=\"kpiActuals[1]\"");

        mvc.perform(editItem(t, "PERCENT_AT_LEAST", "")).andExpect(status().is3xxRedirection());
        report(t, outcome, "50");
        assertThat(progress.report(t.tenant().id(), t.plan().planId(), item.key(), new Round(2570, 1)).orElseThrow()
                .kpiActuals().get(outcome)).isEqualByComparingTo(new BigDecimal("50"));
    }

    private void report(TenantWithPlan t, UUID outcome, String typed) throws Exception {
        mvc.perform(post("/console/plan/progress/" + t.item().key()).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("year", "2570").param("round", "1").param("status", "IN_PROGRESS")
                        .param("kpiKeys[0]", t.item().outputs().get(0).key().toString()).param("kpiActuals[0]", "1")
                        .param("kpiKeys[1]", outcome.toString()).param("kpiActuals[1]", typed))
                .andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder editItem(TenantWithPlan t, String outcomeType, String measure) {
        return post("/console/plan/items/" + t.item().id()).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                .param("dimensionId", t.plan().dimensions().get(0).id().toString()).param("kind", "PROJECT")
                .param("name", "โครงการเปิดใช้บัญชีบุคลากร").param("method", "1) แจกรหัส")
                .param("periodMonths", "10", "11").param("budgetNone", "true")
                .param("unitId", t.tenant().workUnit().id().toString())
                .param("outputs[0].text", "แจกรหัสครบทุกคน").param("outputs[0].kpiType", "COUNT_AT_LEAST")
                .param("outputs[0].kpiTarget", "1").param("outputs[0].kpiMethod", "COUNT")
                .param("outcomes[0].text", "บุคลากรเปิดใช้บัญชีไม่น้อยกว่าร้อยละ ๘๐").param("outcomes[0].kpiType", outcomeType)
                .param("outcomes[0].kpiTarget", "80").param("outcomes[0].kpiMethod", "COUNT")
                .param("outcomes[0].kpiMeasure", measure);
    }

    private RequestPostProcessor as(TenantWithPlan t, Role role) {
        return authentication(principals.authentication(t.tenant().username(role)));
    }
}
