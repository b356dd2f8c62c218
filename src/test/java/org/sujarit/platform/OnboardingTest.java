package org.sujarit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Sessions;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/** The platform admin onboards a local government and its first tenant admin, who can then sign in. */
@WebTest
class OnboardingTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired Organisations organisations;
    @Autowired StaffUsers users;

    @Test
    void aNewLocalGovernmentGetsItsPortalAndItsAdmin() throws Exception {
        String slug = "maeka" + ThreadLocalRandom.current().nextInt(100_000);
        mvc.perform(onboard(slug, dla(), slug + ".admin")).andExpect(redirectedUrl("/admin"));

        var organisation = organisations.findBySlug(slug).orElseThrow();
        assertThat(organisation.nameTh()).isEqualTo("องค์การบริหารส่วนตำบลแม่กา");
        assertThat(organisation.province().nameEn()).isEqualTo("Phayao");
        assertThat(mvc.perform(get("/" + slug)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("องค์การบริหารส่วนตำบลแม่กา");

        var admin = users.findByUsername(slug + ".admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.TENANT_ADMIN);
        assertThat(admin.tenantId()).isEqualTo(organisation.id());
        assertThat(admin.mustChangePassword()).isTrue();
        var session = Sessions.signIn(mvc, slug + ".admin", "first-admin-passphrase");
        mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void badInputComesBackInThaiWithEverythingTypedKept() throws Exception {
        String page = mvc.perform(post("/admin/organisations").with(csrf()).with(admin())
                        .param("nameTh", "เทศบาลเมืองทดสอบ").param("nameEn", "").param("dlaCode", "12AB")
                        .param("kind", "TOWN_MUNICIPALITY").param("provinceCode", "56").param("district", "เมืองพะเยา")
                        .param("slug", "Not A Slug").param("adminUsername", "x").param("adminDisplayName", "ผู้ดูแล")
                        .param("adminPassword", "first-admin-passphrase"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"เทศบาลเมืองทดสอบ\"").contains("value=\"เมืองพะเยา\"")
                .as("a page of no tenant, in Thai digits").contains("รหัสต้องเป็นตัวเลข ๗ หลัก").contains("กรุณากรอกช่องนี้")
                .contains("ใช้อักษรภาษาอังกฤษตัวเล็ก").doesNotContain("first-admin-passphrase");
        assertThat(organisations.all()).noneMatch(o -> o.nameTh().equals("เทศบาลเมืองทดสอบ"));
    }

    @Test
    void takenAndReservedSlugsAreRefusedAndNothingIsHalfCreated() throws Exception {
        String dla = dla();
        String taken = mvc.perform(onboard("bantom", dla, "someone" + dla)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(taken).contains("มีหน่วยงานอื่นใช้ชื่อนี้แล้ว");
        String reserved = mvc.perform(onboard("console", dla, "someone" + dla)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(reserved).contains("ชื่อนี้ระบบสงวนไว้");

        String slug = "weakpw" + ThreadLocalRandom.current().nextInt(100_000);
        mvc.perform(onboard(slug, dla, slug + ".admin", "short"))
                .andExpect(status().isUnprocessableContent());
        assertThat(organisations.findBySlug(slug)).isEmpty();
    }

    @Test
    void onlyThePlatformAdminOnboards() throws Exception {
        mvc.perform(get("/admin/organisations/new").with(authentication(principals.authentication("bantom.admin"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations/new").with(authentication(principals.authentication("oversight.nacc"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations/new").with(admin())).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder onboard(String slug, String dla, String adminUsername) {
        return onboard(slug, dla, adminUsername, "first-admin-passphrase");
    }

    private MockHttpServletRequestBuilder onboard(String slug, String dla, String adminUsername, String password) {
        return post("/admin/organisations").with(csrf()).with(admin())
                .param("nameTh", "องค์การบริหารส่วนตำบลแม่กา").param("nameEn", "Mae Ka Subdistrict Administrative Organisation")
                .param("dlaCode", dla).param("kind", "SAO").param("provinceCode", "56").param("district", "เมืองพะเยา")
                .param("slug", slug).param("adminUsername", adminUsername).param("adminDisplayName", "ผู้ดูแลระบบ อบต.แม่กา")
                .param("adminEmail", "admin@example.go.th").param("adminPassword", password);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return authentication(principals.authentication("platform.admin"));
    }

    private static String dla() {
        return String.format("%07d", ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000));
    }
}
