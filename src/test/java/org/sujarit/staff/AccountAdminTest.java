package org.sujarit.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** A tenant admin adds staff; a new account must set its own password before anything else. */
@WebTest
class AccountAdminTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired StaffUsers users;

    @Test
    void aNewStaffMemberSetsTheirOwnPasswordFirst() throws Exception {
        Tenant tenant = fixtures.create();
        String username = tenant.marker() + ".new";
        mvc.perform(post("/console/users").with(csrf())
                        .with(authentication(principals.authentication(tenant.username(Role.TENANT_ADMIN))))
                        .param("displayName", "สมชาย ใจดี").param("username", username)
                        .param("unitId", tenant.workUnit().id().toString()).param("roles", "UNIT_STAFF")
                        .param("initialPassword", "temporary-passphrase-1"))
                .andExpect(status().is3xxRedirection());

        Cookie session = Sessions.cookieOf(mvc.perform(formLogin("/login").user(username)
                        .password("temporary-passphrase-1"))
                .andExpect(redirectedUrl("/account/password")).andReturn());
        mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "temporary-passphrase-1").param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "temporary-passphrase-1")
                        .param("newPassword", "ดอกไม้บานที่บ้านต๋อม-2569").param("confirmPassword", "ดอกไม้บานที่บ้านต๋อม-2569"))
                .andExpect(redirectedUrl("/console"));
        mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void unitStaffWithoutAUnitIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        Tenant tenant = fixtures.create();
        String page = mvc.perform(post("/console/users").with(csrf())
                        .with(authentication(principals.authentication(tenant.username(Role.TENANT_ADMIN))))
                        .param("displayName", "สมศรี มีสุข").param("username", tenant.marker() + ".somsri")
                        .param("email", "not-an-email").param("roles", "UNIT_STAFF")
                        .param("initialPassword", "temporary-passphrase-1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("รูปแบบอีเมลไม่ถูกต้อง").contains("value=\"สมศรี มีสุข\"")
                .contains("value=\"" + tenant.marker() + ".somsri\"").doesNotContain("temporary-passphrase-1");
        assertThat(users.findByUsername(tenant.marker() + ".somsri")).isEmpty();

        String second = mvc.perform(post("/console/users").with(csrf())
                        .with(authentication(principals.authentication(tenant.username(Role.TENANT_ADMIN))))
                        .param("displayName", "สมศรี มีสุข").param("username", tenant.marker() + ".somsri")
                        .param("roles", "UNIT_STAFF").param("initialPassword", "temporary-passphrase-1"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("เจ้าหน้าที่ประจำหน่วยงานต้องระบุหน่วยงาน");
    }

    @Test
    void deactivatingAnAccountEndsItsSessions() throws Exception {
        Tenant tenant = fixtures.create();
        Cookie session = Sessions.signIn(mvc, tenant.username(Role.EXECUTIVE), TenantFixture.PASSWORD);
        mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
        users.deactivate(tenant.id(), tenant.userId(Role.EXECUTIVE), tenant.userId(Role.TENANT_ADMIN));
        mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyTheTenantAdminManagesAccounts() throws Exception {
        Tenant tenant = fixtures.create();
        for (Role role : Role.TENANT_ROLES) {
            int expected = role == Role.TENANT_ADMIN ? 200 : 403;
            mvc.perform(get("/console/users").with(authentication(principals.authentication(tenant.username(role)))))
                    .andExpect(status().is(expected));
        }
    }
}
