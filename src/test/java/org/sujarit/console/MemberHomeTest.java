package org.sujarit.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** Every account of a local government has its own page; the basic staff role has nothing else. */
@WebTest
class MemberHomeTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;

    @Test
    void aMemberOfStaffSignsInToTheirOwnPageAndIsRefusedTheConsole() throws Exception {
        Tenant tenant = fixtures.create();
        Cookie session = Sessions.cookieOf(mvc.perform(formLogin("/login").user(tenant.username(Role.STAFF_MEMBER))
                .password(TenantFixture.PASSWORD)).andExpect(redirectedUrl("/console/me")).andReturn());
        String page = mvc.perform(get("/console/me").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ของฉัน").contains("href=\"/console/me\"").doesNotContain("href=\"/console/plan\"")
                .doesNotContain("href=\"/console\"");
        mvc.perform(get("/console").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/console/plan").cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void everyOtherRoleOpensItsOwnPageToo() throws Exception {
        Tenant tenant = fixtures.create();
        for (Role role : Role.TENANT_ROLES) {
            mvc.perform(get("/console/me").with(authentication(principals.authentication(tenant.username(role)))))
                    .andExpect(status().isOk());
        }
        String console = mvc.perform(get("/console").with(authentication(principals.authentication(
                tenant.username(Role.INTEGRITY_OFFICER))))).andReturn().getResponse().getContentAsString();
        assertThat(console).contains("href=\"/console/me\"");
    }
}
