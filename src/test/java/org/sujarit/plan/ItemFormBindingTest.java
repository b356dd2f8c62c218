package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.PlanFixture.TenantWithPlan;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/** Values of the wrong type in any field of the item form come back as field errors, never a failure. */
@WebTest
class ItemFormBindingTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;

    @Test
    void malformedValuesInEveryTypedField() throws Exception {
        TenantWithPlan t = plans.withReportedItem(fixtures.create());
        String page = mvc.perform(post("/console/plan/items/" + t.item().id()).with(csrf())
                        .with(authentication(principals.authentication(t.tenant().username(Role.INTEGRITY_OFFICER))))
                        .param("dimensionId", "not-a-uuid").param("kind", "NOT_A_KIND").param("name", "ชื่อที่พิมพ์")
                        .param("targetCount", "many").param("periodMonths", "x").param("budgetNone", "maybe")
                        .param("budgetAmounts[0]", "lots").param("unitId", "nope")
                        .param("outputs[0].text", "ผลผลิต").param("outputs[0].kpiType", "BAD").param("outputs[0].kpiTarget", "high"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ค่าที่กรอกไม่ถูกต้อง").contains("value=\"ชื่อที่พิมพ์\"").contains("value=\"lots\"")
                .contains(">ผลผลิต</textarea>").contains("value=\"high\"");
    }
}
