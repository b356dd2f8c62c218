package org.sujarit.staff.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.sujarit.staff.Role;
import org.sujarit.support.SecondFactors;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * One-time codes end to end through the real forms, on the shared PostgreSQL: set-up with the QR
 * code and the typed key, confirmation, the second factor at sign-in for the custodian, codes out of
 * their window or used twice, recovery codes, the guess throttle, the requirement per role and per
 * tenant, step-up before sensitive actions, the admin's reset, and the audit trail of each.
 */
@WebTest
class SecondFactorTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired OneTimeCodes codes;
    @Autowired JdbcClient jdbc;

    @Test
    void setUpShowsQrCodeAndKeyAndTurnsOnOnlyWithACorrectFirstCode() throws Exception {
        Tenant t = fixtures.create();
        UUID executive = t.userId(Role.EXECUTIVE);
        codes.remove(executive, null);
        Cookie session = Sessions.signIn(mvc, t.username(Role.EXECUTIVE), TenantFixture.PASSWORD);

        String page = mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg").contains("<path fill=\"#000\" d=\"M4,4h7v1h-7z");
        Matcher grouped = Pattern.compile("id=\"totp-key\"[^>]*>([A-Z2-7]{4}(?: [A-Z2-7]{1,4})+)<").matcher(page);
        assertThat(grouped.find()).as("the key in groups of four").isTrue();
        String key = grouped.group(1).replace(" ", "");
        assertThat(key).hasSize(32);
        assertThat(codes.pending(executive, t.username(Role.EXECUTIVE)).orElseThrow().uri())
                .startsWith("otpauth://totp/Sujarit%3A" + t.username(Role.EXECUTIVE) + "?secret=" + key)
                .contains("issuer=Sujarit").contains("digits=6").contains("period=30");
        // Reloading keeps the same key (the person may be scanning it).
        assertThat(mvc.perform(get("/account/two-factor").cookie(session)).andReturn().getResponse().getContentAsString())
                .contains(grouped.group(1));
        // The key is stored sealed, never in clear.
        byte[] sealed = jdbc.sql("select sealed_key from totp_key where user_id = ?").param(executive).query(byte[].class).single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(key);

        String wrong = mvc.perform(post("/account/two-factor/confirm").cookie(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("รหัสไม่ถูกต้อง");
        assertThat(codes.active(executive)).isFalse();

        String code = OneTimeCodes.codeAt(key, Instant.now());
        MvcResult confirmed = mvc.perform(post("/account/two-factor/confirm").cookie(session).with(csrf()).param("code", code))
                .andExpect(status().isOk()).andReturn();
        List<String> recovery = recoveryCodes(confirmed.getResponse().getContentAsString());
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(codes.status(executive).active()).isTrue();
        assertThat(codes.status(executive).recoveryCodesLeft()).isEqualTo(10);
        assertThat(actions(executive)).contains("user.totp-added");
        // Only hashes are kept.
        assertThat(jdbc.sql("select count(*) from totp_recovery_code where user_id = ?").param(executive).query(Integer.class).single())
                .isEqualTo(10);
    }

    @Test
    void custodianPassesPasswordThenCodeAndIsHeldAtTheGateUntilThen() throws Exception {
        Tenant t = fixtures.create();
        String custodian = t.username(Role.IDENTITY_CUSTODIAN);
        UUID id = t.userId(Role.IDENTITY_CUSTODIAN);
        Cookie session = Sessions.signInPasswordOnly(mvc, custodian, TenantFixture.PASSWORD);

        mvc.perform(get("/console").cookie(session))
                .andExpect(redirectedUrl("/login/second-factor?continue=%2Fconsole"));
        mvc.perform(get("/console/vault").cookie(session))
                .andExpect(redirectedUrl("/login/second-factor?continue=%2Fconsole%2Fvault"));
        mvc.perform(get("/bantom").cookie(session)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login/second-factor").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/login/second-factor").cookie(session).with(csrf()).param("code", "12345x").param("continue", "/console"))
                .andExpect(status().isUnprocessableEntity());
        // A code outside its window (three steps ago) is refused.
        String old = SecondFactors.codeAt(custodian, Instant.now().minus(Duration.ofSeconds(95)));
        String current = SecondFactors.nextCode(jdbc, custodian);
        if (!old.equals(current)) {
            mvc.perform(post("/login/second-factor").cookie(session).with(csrf()).param("code", old).param("continue", "/console"))
                    .andExpect(status().isUnprocessableEntity());
        }
        // Another site's address is not followed.
        MvcResult passed = mvc.perform(post("/login/second-factor").cookie(session).with(csrf())
                        .param("code", current).param("continue", "//evil.example/x"))
                .andExpect(redirectedUrl("/console")).andReturn();
        Cookie second = Sessions.cookieOf(passed);
        assertThat(second.getValue()).as("the session id changes with the factor").isNotEqualTo(session.getValue());
        mvc.perform(get("/console").cookie(second)).andExpect(status().isOk());
        assertThat(actions(id)).contains("user.signed-in", "user.second-factor-failed", "user.second-factor-passed");

        // The same code once more, in another session: refused.
        Cookie other = Sessions.signInPasswordOnly(mvc, custodian, TenantFixture.PASSWORD);
        mvc.perform(post("/login/second-factor").cookie(other).with(csrf()).param("code", current).param("continue", "/console"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/console").cookie(other)).andExpect(status().is3xxRedirection());

        // The next code typed in Thai digits from a Thai keyboard, with a space: taken.
        String thai = SecondFactors.nextCode(jdbc, custodian).chars().mapToObj(c -> String.valueOf((char) ('๐' + c - '0')))
                .collect(java.util.stream.Collectors.joining());
        mvc.perform(post("/login/second-factor").cookie(other).with(csrf())
                        .param("code", thai.substring(0, 3) + " " + thai.substring(3)).param("continue", "/console"))
                .andExpect(redirectedUrl("/console"));
    }

    @Test
    void changingTheOwnPasswordKeepsTheSecondFactorPassedInTheSession() throws Exception {
        Tenant t = fixtures.create();
        String custodian = t.username(Role.IDENTITY_CUSTODIAN);
        Cookie session = Sessions.signIn(mvc, custodian, TenantFixture.PASSWORD);
        mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
        String newPassword = "ดอกคูนบานที่บ้านต๋อม-" + t.marker();
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", TenantFixture.PASSWORD)
                        .param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aRecoveryCodeWorksOnceThenIsRefused() throws Exception {
        Tenant t = fixtures.create();
        String custodian = t.username(Role.IDENTITY_CUSTODIAN);
        UUID id = t.userId(Role.IDENTITY_CUSTODIAN);
        List<String> recovery = codes.renewRecoveryCodes(id, null);

        Cookie first = Sessions.signInPasswordOnly(mvc, custodian, TenantFixture.PASSWORD);
        mvc.perform(post("/login/second-factor/recovery").cookie(first).with(csrf())
                        .param("recoveryCode", recovery.get(3).toUpperCase().replace("-", " ")).param("continue", "/console"))
                .andExpect(redirectedUrl("/console"));
        assertThat(codes.status(id).recoveryCodesLeft()).isEqualTo(9);

        Cookie again = Sessions.signInPasswordOnly(mvc, custodian, TenantFixture.PASSWORD);
        String refused = mvc.perform(post("/login/second-factor/recovery").cookie(again).with(csrf())
                        .param("recoveryCode", recovery.get(3)).param("continue", "/console"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("รหัสกู้คืนไม่ถูกต้องหรือเคยใช้ไปแล้ว");
        assertThat(actions(id)).contains("user.recovery-codes-renewed", "user.recovery-code-used", "user.second-factor-failed");
    }

    @Test
    void wrongCodesLockTheAccountsCodesEvenTheRightOne() throws Exception {
        Tenant t = fixtures.create();
        String custodian = t.username(Role.IDENTITY_CUSTODIAN);
        Cookie session = Sessions.signInPasswordOnly(mvc, custodian, TenantFixture.PASSWORD);
        String last = "";
        for (int i = 0; i < OneTimeCodes.FREE_GUESSES + 1; i++) {
            last = mvc.perform(post("/login/second-factor").cookie(session).with(csrf()).param("code", "00000" + (i % 10 == 0 ? 1 : 2)))
                    .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        }
        assertThat(last).contains("โปรดรอ ๑ นาที");
        String right = mvc.perform(post("/login/second-factor").cookie(session).with(csrf())
                        .param("code", SecondFactors.nextCode(jdbc, custodian)))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(right).contains("พิมพ์รหัสผิดหลายครั้ง");
        mvc.perform(get("/console").cookie(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCustodianWithoutCodesIsSentToSetThemUp() throws Exception {
        Tenant t = fixtures.create();
        codes.remove(t.userId(Role.IDENTITY_CUSTODIAN), null);
        Cookie session = Sessions.signIn(mvc, t.username(Role.IDENTITY_CUSTODIAN), TenantFixture.PASSWORD);
        mvc.perform(get("/console").cookie(session)).andExpect(redirectedUrl("/account/two-factor?required"));
        assertThat(mvc.perform(get("/account/two-factor?required").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("บทบาทของท่านต้องใช้ปัจจัยที่สอง");
    }

    @Test
    void aTenantAdminRequiresTheSecondFactorForMoreRolesOfTheirTenantOnly() throws Exception {
        Tenant t = fixtures.create();
        Tenant other = fixtures.create();
        String officer = t.username(Role.INTEGRITY_OFFICER);
        mvc.perform(get("/console").cookie(Sessions.signInPasswordOnly(mvc, officer, TenantFixture.PASSWORD)))
                .andExpect(status().isOk());

        Cookie admin = Sessions.signIn(mvc, t.username(Role.TENANT_ADMIN), TenantFixture.PASSWORD);
        assertThat(mvc.perform(get("/console/settings/second-factor").cookie(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("value=\"INTEGRITY_OFFICER\"");
        mvc.perform(post("/console/settings/second-factor").cookie(admin).with(csrf())
                        .param("roles", "INTEGRITY_OFFICER").param("roles", "PLATFORM_ADMIN"))
                .andExpect(redirectedUrl("/console/settings/second-factor"));
        assertThat(jdbc.sql("select role from second_factor_role where tenant_id = ?").param(t.id().value())
                .query(String.class).list()).containsExactly("INTEGRITY_OFFICER");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'tenant.second-factor-roles-changed' and record_id = ?")
                .param(t.id().value().toString()).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/console").cookie(Sessions.signInPasswordOnly(mvc, officer, TenantFixture.PASSWORD)))
                .andExpect(redirectedUrl("/login/second-factor?continue=%2Fconsole"));
        mvc.perform(get("/console").cookie(Sessions.signIn(mvc, officer, TenantFixture.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/console").cookie(Sessions.signInPasswordOnly(mvc, other.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD)))
                .andExpect(status().isOk());
        // Other roles of the tenant stay free of it.
        mvc.perform(get("/console").cookie(Sessions.signInPasswordOnly(mvc, t.username(Role.EXECUTIVE), TenantFixture.PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void changingRolesAsksForAFreshSecondFactorAndComesBack() throws Exception {
        Tenant t = fixtures.create();
        String admin = t.username(Role.TENANT_ADMIN);
        UUID member = t.userId(Role.EXECUTIVE);
        Cookie session = Sessions.signInPasswordOnly(mvc, admin, TenantFixture.PASSWORD);
        mvc.perform(get("/console/users").cookie(session)).andExpect(status().isOk());
        String page = "/console/users/" + member;
        mvc.perform(get(page).cookie(session))
                .andExpect(redirectedUrl("/login/step-up?continue=%2Fconsole%2Fusers%2F" + member));
        mvc.perform(post(page + "/assignment").cookie(session).with(csrf()).param("roles", "EXECUTIVE", "INTERNAL_AUDITOR"))
                .andExpect(redirectedUrl("/login/step-up?continue=%2Fconsole%2Fusers%2F" + member));
        mvc.perform(get("/console/registers/interests/interests.xlsx").cookie(session))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/login/step-up").param("continue", page).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("ยืนยันตัวตนอีกครั้ง").contains("value=\"" + page + "\"");

        mvc.perform(post("/login/step-up").cookie(session).with(csrf()).param("code", "999999").param("continue", page))
                .andExpect(status().isUnprocessableEntity());
        MvcResult passed = mvc.perform(post("/login/step-up").cookie(session).with(csrf())
                .param("code", SecondFactors.nextCode(jdbc, admin)).param("continue", page)).andExpect(redirectedUrl(page)).andReturn();
        Cookie fresh = Sessions.cookieOf(passed);
        mvc.perform(get(page).cookie(fresh)).andExpect(status().isOk());
        assertThat(actions(t.userId(Role.TENANT_ADMIN))).contains("user.step-up-failed", "user.step-up-passed");
    }

    @Test
    void aMemberWithoutAnyFactorIsSentToSetOneUpBeforeAStepUp() throws Exception {
        Tenant t = fixtures.create();
        codes.remove(t.userId(Role.TENANT_ADMIN), null);
        Cookie session = Sessions.signIn(mvc, t.username(Role.TENANT_ADMIN), TenantFixture.PASSWORD);
        mvc.perform(get("/console/users/" + t.userId(Role.EXECUTIVE)).cookie(session))
                .andExpect(redirectedUrl("/account/two-factor?stepUp"));
    }

    @Test
    void theTenantAdminResetsAMembersFactorsOfTheirOwnTenantOnly() throws Exception {
        Tenant t = fixtures.create();
        Tenant other = fixtures.create();
        UUID custodian = t.userId(Role.IDENTITY_CUSTODIAN);
        Cookie admin = Sessions.signIn(mvc, t.username(Role.TENANT_ADMIN), TenantFixture.PASSWORD);
        mvc.perform(post("/console/users/" + other.userId(Role.IDENTITY_CUSTODIAN) + "/second-factors/reset").cookie(admin).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(codes.active(other.userId(Role.IDENTITY_CUSTODIAN))).isTrue();
        mvc.perform(post("/console/users/" + custodian + "/second-factors/reset").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/console/users/" + custodian));
        assertThat(codes.active(custodian)).isFalse();
        assertThat(actions(custodian)).contains("user.factors-reset");
        // The member is sent to set codes up again.
        Cookie member = Sessions.signIn(mvc, t.username(Role.IDENTITY_CUSTODIAN), TenantFixture.PASSWORD);
        mvc.perform(get("/console").cookie(member)).andExpect(redirectedUrl("/account/two-factor?required"));
        // Others may not reset.
        Cookie officer = Sessions.signIn(mvc, t.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        mvc.perform(post("/console/users/" + custodian + "/second-factors/reset").cookie(officer).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWrongPasswordForAnExistingAccountIsAudited() throws Exception {
        Tenant t = fixtures.create();
        Sessions.signInPasswordOnly(mvc, t.username(Role.EXECUTIVE), "not-the-password");
        assertThat(actions(t.userId(Role.EXECUTIVE))).contains("user.sign-in-failed");
    }

    @Test
    void freshnessIsASecondFactorPassedWithinTheValidity() {
        Instant now = Instant.now();
        var totp = org.springframework.security.core.authority.FactorGrantedAuthority.withAuthority(Factors.FACTOR_TOTP)
                .issuedAt(now.minus(Duration.ofMinutes(4))).build();
        var password = org.springframework.security.core.authority.FactorGrantedAuthority.withAuthority(Factors.FACTOR_PASSWORD)
                .issuedAt(now).build();
        var withCode = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("x", null, List.of(password, totp));
        var passwordOnly = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("x", null, List.of(password));
        assertThat(Factors.fresh(withCode, now, Duration.ofMinutes(5))).isTrue();
        assertThat(Factors.fresh(withCode, now.plus(Duration.ofMinutes(2)), Duration.ofMinutes(5))).isFalse();
        assertThat(Factors.fresh(passwordOnly, now, Duration.ofMinutes(5))).isFalse();
        assertThat(Factors.hasSecondFactor(withCode)).isTrue();
        assertThat(Factors.hasSecondFactor(passwordOnly)).isFalse();
    }

    private List<String> actions(UUID userId) {
        return jdbc.sql("select action from audit_event where record_id = ? order by occurred_at, seq")
                .param(userId.toString()).query(String.class).list();
    }

    static List<String> recoveryCodes(String page) {
        Matcher m = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>").matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
