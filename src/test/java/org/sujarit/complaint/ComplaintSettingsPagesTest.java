package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The centre's settings and categories, kept by the tenant admin and the integrity officer, checked on the server. */
@WebTest
class ComplaintSettingsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintSettings complaintSettings;

    @Test
    void badSettingsComeBackWithWhatWasTypedAndGoodOnesAreSavedWithTheirMilestones() throws Exception {
        Tenant t = fixtures.create();
        String page = mvc.perform(get("/console/complaints/settings").with(as(t, Role.TENANT_ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"" + complaintSettings.settings(t.id()).prefix() + "\"").contains("value=\"15\"");

        String prefix = mvc.perform(settings(t, "B-T", "3", "15", "30")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(prefix).contains("อักษรนำเลขที่เรื่องต้องเป็นอักษรอังกฤษตัวใหญ่").contains("value=\"B-T\"");
        String order = mvc.perform(settings(t, "BT", "10", "7", "30")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(order).contains("กำหนดดำเนินการต้องไม่น้อยกว่ากำหนดตอบรับ").contains("value=\"10\"").contains("value=\"7\"");
        String notANumber = mvc.perform(settings(t, "BT", "สาม", "15", "30")).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(notANumber).contains("ค่าที่กรอกไม่ถูกต้อง").contains("value=\"สาม\"");
        String halfRow = mvc.perform(settings(t, "BT", "3", "15", "30").param("milestones[0].nameTh", "มอบหมายหน่วยงาน"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(halfRow).contains("กำหนดเวลาเพิ่มเติมแต่ละข้อต้องมีชื่อ สถานะ").contains("value=\"มอบหมายหน่วยงาน\"");
        assertThat(complaintSettings.settings(t.id()).milestones()).isEmpty();

        assertThat(complaintSettings.settingsToShow(t.id()).reopenDays()).as("kept for the citizen's pages").isEqualTo(30);
        mvc.perform(settings(t, "bt2", "2", "15", "45").param("milestones[0].nameTh", "มอบหมายหน่วยงาน")
                        .param("milestones[0].nameEn", "Assigned").param("milestones[0].status", "ASSIGNED")
                        .param("milestones[0].days", "5").param("milestones[1].nameTh", "").param("milestones[1].days", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "complaint.settings.saved"));
        Settings saved = complaintSettings.settings(t.id());
        assertThat(saved.prefix()).isEqualTo("BT2");
        assertThat(saved.acknowledgeDays()).isEqualTo(2);
        assertThat(saved.reopenDays()).isEqualTo(45);
        assertThat(complaintSettings.settingsToShow(t.id()).reopenDays()).as("forgotten once the change is committed").isEqualTo(45);
        assertThat(saved.milestones()).singleElement().satisfies(m -> {
            assertThat(m.nameTh()).isEqualTo("มอบหมายหน่วยงาน");
            assertThat(m.status()).isEqualTo(CaseStatus.ASSIGNED);
            assertThat(m.days()).isEqualTo(5);
        });
        String withRow = mvc.perform(get("/console/complaints/settings").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(withRow).contains("value=\"มอบหมายหน่วยงาน\"").contains("name=\"milestones[1].nameTh\"");

        mvc.perform(settings(t, "BT2", "2", "15", "45").param("milestones[0].nameTh", "มอบหมายหน่วยงาน")
                        .param("milestones[0].status", "ASSIGNED").param("milestones[0].days", "5")
                        .param("milestones[0].remove", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(complaintSettings.settings(t.id()).milestones()).isEmpty();
    }

    @Test
    void categoriesAreAddedRenamedRoutedAndHidden() throws Exception {
        Tenant t = fixtures.create();
        String noName = mvc.perform(post("/console/complaints/settings/categories").param("channel", "GENERAL")
                        .param("nameTh", "").param("descriptionTh", "คำอธิบายที่พิมพ์ไว้").param("active", "true").with(csrf())
                        .with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(noName).contains("กรุณากรอกชื่อประเภทภาษาไทย").contains(">คำอธิบายที่พิมพ์ไว้</textarea>");
        String badCode = mvc.perform(post("/console/complaints/settings/categories").param("channel", "GENERAL")
                        .param("code", "ร้านค้า").param("nameTh", "หาบเร่แผงลอย").with(csrf()).with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(badCode).contains("รหัสประเภทใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก").contains("value=\"หาบเร่แผงลอย\"");

        String unreadable = mvc.perform(post("/console/complaints/settings/categories").param("channel", "GENERAL")
                        .param("nameTh", "หาบเร่แผงลอย").param("position", "สิบ").param("active", "perhaps").with(csrf())
                        .with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(unreadable).contains("ค่าที่กรอกไม่ถูกต้อง").contains("value=\"หาบเร่แผงลอย\"").doesNotContain("Exception");
        String notANumber = mvc.perform(post("/console/complaints/settings/categories").param("channel", "GENERAL")
                        .param("nameTh", "หาบเร่แผงลอย").param("position", "สิบ").param("active", "true").with(csrf())
                        .with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(notANumber).contains("ลำดับต้องอยู่ระหว่าง ๑ ถึง ๙๙๙").contains("value=\"สิบ\"");
        String outOfRange = mvc.perform(post("/console/complaints/settings/categories").param("channel", "GENERAL")
                        .param("nameTh", "หาบเร่แผงลอย").param("position", "๑๐๐๐").with(csrf()).with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(outOfRange).contains("ลำดับต้องอยู่ระหว่าง ๑ ถึง ๙๙๙").as("as typed").contains("value=\"๑๐๐๐\"");
        mvc.perform(post("/console/complaints/settings/categories").param("channel", "GENERAL").param("code", "street-vendors")
                        .param("nameTh", "หาบเร่แผงลอย").param("nameEn", "Street vendors")
                        .param("unitId", t.workUnit().id().toString()).param("active", "true").with(csrf())
                        .with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "complaint.category.saved"));
        Category added = complaintSettings.activeCategories(t.id(), Channel.GENERAL).stream()
                .filter(c -> c.code().equals("street-vendors")).findFirst().orElseThrow();
        assertThat(added.unitId()).isEqualTo(t.workUnit().id().value());
        String taken = mvc.perform(post("/console/complaints/settings/categories").param("channel", "CORRUPTION")
                        .param("code", "street-vendors").param("nameTh", "ซ้ำ").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("รหัสประเภทนี้มีอยู่แล้ว");

        Category roads = complaintSettings.activeCategories(t.id(), Channel.GENERAL).get(0);
        String emptyName = mvc.perform(post("/console/complaints/settings/categories/" + roads.id()).param("channel", "GENERAL")
                        .param("nameTh", " ").param("nameEn", "Roads typed").param("position", "2").param("active", "true")
                        .with(csrf()).with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(emptyName).contains("กรุณากรอกชื่อประเภทภาษาไทย").contains("value=\"Roads typed\"");
        mvc.perform(post("/console/complaints/settings/categories/" + roads.id()).param("channel", "CORRUPTION")
                        .param("nameTh", "ถนนและทางเท้า").param("nameEn", "Roads").param("position", "9").with(csrf())
                        .with(as(t, Role.TENANT_ADMIN)))
                .andExpect(status().is3xxRedirection());
        Category hidden = complaintSettings.categories(t.id()).stream().filter(c -> c.id().equals(roads.id())).findFirst().orElseThrow();
        assertThat(hidden.nameTh()).isEqualTo("ถนนและทางเท้า");
        assertThat(hidden.channel()).isEqualTo(Channel.GENERAL);
        assertThat(hidden.code()).isEqualTo(roads.code());
        assertThat(hidden.position()).isEqualTo(9);
        assertThat(hidden.active()).isFalse();
        assertThat(complaintSettings.activeCategories(t.id(), Channel.GENERAL)).extracting(Category::id).doesNotContain(roads.id());
    }

    @Test
    void onlyTheAdminAndTheOfficerKeepTheSettings() throws Exception {
        Tenant t = fixtures.create();
        mvc.perform(get("/console/complaints/settings").with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk());
        for (Role role : new Role[] {Role.UNIT_STAFF, Role.EXECUTIVE, Role.INTERNAL_AUDITOR, Role.COUNCIL_MEMBER}) {
            mvc.perform(get("/console/complaints/settings").with(as(t, role))).andExpect(status().isForbidden());
            mvc.perform(settings(t, "XX", "3", "15", "30").with(as(t, role))).andExpect(status().isForbidden());
        }
        assertThat(complaintSettings.settings(t.id()).prefix()).isNotEqualTo("XX");
    }

    private MockHttpServletRequestBuilder settings(Tenant t, String prefix, String acknowledge, String action, String reopen) {
        return post("/console/complaints/settings").param("prefix", prefix).param("acknowledgeDays", acknowledge)
                .param("actionDays", action).param("reopenDays", reopen).with(csrf()).with(as(t, Role.TENANT_ADMIN));
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
