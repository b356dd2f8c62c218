package org.sujarit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** Headers, CSRF, actuator, languages, Buddhist-Era dates and form errors, as a browser meets them. */
@WebTest
class WebBasicsTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/bantom"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() throws Exception {
        String page = mvc.perform(get("/bantom")).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain("onclick=");
        assertThat(page).containsPattern("<script src=\"/js/htmx.min.js\" defer></script>");
    }

    @Test
    void aPublicPageStartsNoSession() throws Exception {
        assertThat(mvc.perform(get("/bantom")).andReturn().getResponse().getHeaders("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("SESSION") || cookie.startsWith("SUJARIT_SESSION"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        Tenant tenant = fixtures.create();
        mvc.perform(post("/console/units")
                        .with(authentication(principals.authentication(tenant.username(Role.TENANT_ADMIN))))
                        .param("kind", "DIVISION").param("nameTh", "กองที่ไม่ควรเกิด"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyHealthAndItsProbesAreOpenAmongActuatorEndpoints() throws Exception {
        for (String open : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            String health = mvc.perform(get(open)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(health).as(open).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
        }
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus())
                .as("the measures without the scraper's token").isEqualTo(401);
        for (String closed : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/loggers"}) {
            int anonymous = mvc.perform(get(closed)).andReturn().getResponse().getStatus();
            int signedIn = mvc.perform(get(closed).with(authentication(principals.authentication("platform.admin"))))
                    .andReturn().getResponse().getStatus();
            assertThat(anonymous).as(closed).isNotEqualTo(200);
            assertThat(signedIn).as(closed).isIn(403, 404);
        }
    }

    @Test
    void thaiByDefaultEnglishOnRequestAndTheChoiceIsRemembered() throws Exception {
        assertThat(mvc.perform(get("/bantom")).andReturn().getResponse().getContentAsString())
                .contains("lang=\"th\"").contains("เทศบาลตำบลบ้านต๋อม").contains("หน่วยงานภายใน");
        var english = mvc.perform(get("/bantom").param("lang", "en")).andReturn().getResponse();
        assertThat(english.getContentAsString()).contains("lang=\"en\"").contains("Ban Tom Subdistrict Municipality")
                .contains("Legal Affairs").contains("Mueang Phayao District, Phayao Province");
        Cookie remembered = english.getCookie("sujarit-lang");
        assertThat(remembered).isNotNull();
        assertThat(mvc.perform(get("/").cookie(remembered)).andReturn().getResponse().getContentAsString())
                .contains("Local governments using Sujarit");
        assertThat(mvc.perform(get("/bantom").param("lang", "fr")).andReturn().getResponse().getContentAsString())
                .contains("lang=\"th\"");
    }

    @Test
    void theConsoleShowsTheDateAndFiscalYearInTheBuddhistEra() throws Exception {
        String page = mvc.perform(get("/console").with(authentication(principals.authentication("bantom.integrity"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        int buddhistYear = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).getYear() + 543;
        assertThat(page).contains("วันนี้").containsPattern("พ.ศ. 25[0-9]{2}").contains(Integer.toString(buddhistYear));
        assertThat(page).contains("คะแนนการดำเนินงานตามแผน").containsPattern("รอรายงาน [0-9]+ รายการ");
    }

    @Test
    void aMalformedFormFieldComesBackAsAFieldError() throws Exception {
        Tenant tenant = fixtures.create();
        String page = mvc.perform(post("/console/units").with(csrf())
                        .with(authentication(principals.authentication(tenant.username(Role.TENANT_ADMIN))))
                        .param("parentId", "12345").param("kind", "NOT_A_KIND").param("nameTh", "กองทดลอง"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ค่าที่กรอกไม่ถูกต้อง").contains("value=\"กองทดลอง\"").doesNotContain("Exception");
    }

    @Test
    void staffPagesAskAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }
}
