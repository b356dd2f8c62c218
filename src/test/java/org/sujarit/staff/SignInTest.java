package org.sujarit.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

@WebTest
class SignInTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired StaffUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired LoginThrottle throttle;

    @Test
    void rightPasswordLeadsHomeAndIsAudited() throws Exception {
        Tenant tenant = fixtures.create();
        String username = tenant.username(Role.INTEGRITY_OFFICER);
        mvc.perform(formLogin("/login").user(username).password(TenantFixture.PASSWORD))
                .andExpect(redirectedUrl("/console"));
        assertThat(jdbc.sql("select count(*) from audit_event where tenant_id = ? and action = 'user.signed-in' and actor_label = ?")
                .params(tenant.id().value(), username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void wrongPasswordSaysSoInThaiAndKeepsTheTypedName() throws Exception {
        Tenant tenant = fixtures.create();
        String username = tenant.username(Role.EXECUTIVE);
        MvcResult failed = mvc.perform(formLogin("/login").user(username).password("not the password"))
                .andExpect(redirectedUrl("/login?error=credentials")).andReturn();
        String page = mvc.perform(get("/login?error=credentials").cookie(Sessions.cookieOf(failed)))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง").contains("value=\"" + username + "\"")
                .doesNotContain("Exception");
    }

    @Test
    void fiveFailuresLockTheNameEvenAgainstTheRightPassword() throws Exception {
        Tenant tenant = fixtures.create();
        String username = tenant.username(Role.UNIT_STAFF);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess " + i)).andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(formLogin("/login").user(username).password("guess 5")).andExpect(redirectedUrl("/login?locked=1"));
        mvc.perform(formLogin("/login").user(username).password(TenantFixture.PASSWORD))
                .andExpect(redirectedUrl("/login?locked=1"));
        String page = mvc.perform(get("/login?locked=1&lang=en"))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Too many failed sign-ins");
        assertThat(jdbc.sql("select count(*) from audit_event where tenant_id = ? and action = 'user.sign-in-locked'")
                .param(tenant.id().value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void unknownNamesAreThrottledAlikeSoTheAnswerRevealsNothing() throws Exception {
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(nobody).password("guess")).andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(formLogin("/login").user(nobody).password("guess")).andExpect(redirectedUrl("/login?locked=1"));
        assertThat(jdbc.sql("select count(*) from guess_throttle where scope = ? and subject = ?")
                .params(LoginThrottle.POLICY.scope(), throttle.key(nobody)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from guess_throttle where encode(subject, 'escape') like ?")
                .param("%" + nobody + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void aDeactivatedAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        Tenant tenant = fixtures.create();
        users.deactivate(tenant.id(), tenant.userId(Role.COUNCIL_MEMBER), tenant.userId(Role.TENANT_ADMIN));
        mvc.perform(formLogin("/login").user(tenant.username(Role.COUNCIL_MEMBER)).password(TenantFixture.PASSWORD))
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        Tenant tenant = fixtures.create();
        Cookie session = Sessions.signIn(mvc, tenant.username(Role.INTERNAL_AUDITOR), TenantFixture.PASSWORD);
        mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?loggedOut"));
        mvc.perform(get("/console").cookie(session)).andExpect(status().is3xxRedirection());
    }
}
