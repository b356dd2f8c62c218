package org.sujarit.staff.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.staff.factor.Factors;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The rules Sujarit adds around Spring's WebAuthn endpoints and the passkey page, on the real
 * application and PostgreSQL: who may make a passkey and when, the name checked on the server, the
 * removal that asks for the password unless a second factor is fresh, the refusals that answer with a
 * message and never an exception, and the admin's reset that takes the passkeys with it. (Making and
 * using real passkeys is PasskeyJourneyTest's, in Chromium.)
 */
@WebTest
class PasskeyRulesTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture tenants;
    @Autowired TestPrincipals principals;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    Tenant tenant;
    String username;
    UUID userId;

    @BeforeEach
    void anAccount() {
        tenant = tenants.create();
        username = tenant.username(Role.INTEGRITY_OFFICER);
        userId = tenant.userId(Role.INTEGRITY_OFFICER);
    }

    @Test
    void nobodySignedInMakesNoPasskeyAndIsToldWhy() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/webauthn/register/options").with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("โปรดเข้าสู่ระบบก่อนเพิ่มพาสคีย์");
    }

    @Test
    void anAccountWithAPasskeyAddsAnotherOnlyAfterASecondFactor() throws Exception {
        // An account with one-time codes (every fixture account has them): not from a password
        // session, which would let a stolen password add a passkey and walk past the codes with it.
        MockHttpServletResponse withCodes = mvc.perform(MockMvcRequestBuilders.post("/webauthn/register/options")
                .with(authentication(password())).with(csrf())).andReturn().getResponse();
        assertThat(withCodes.getStatus()).as("an account with codes, from a password session").isEqualTo(403);
        assertThat(withCodes.getContentAsString(StandardCharsets.UTF_8)).contains("โปรดยืนยันตัวตน");
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/webauthn/register/options")
                .with(authentication(withFactor(Factors.FACTOR_TOTP, Instant.now()))).with(csrf()))
                .andReturn().getResponse().getStatus()).as("after a one-time code").isEqualTo(200);

        // An account with no second factor at all adds its first passkey from a password session.
        jdbc.sql("delete from totp_recovery_code where user_id = ?").param(userId).update();
        jdbc.sql("delete from totp_key where user_id = ?").param(userId).update();
        MockHttpServletResponse first = mvc.perform(MockMvcRequestBuilders.post("/webauthn/register/options")
                .with(authentication(password())).with(csrf())).andReturn().getResponse();
        assertThat(first.getStatus()).as("the first passkey, from a password session").isEqualTo(200);
        assertThat(first.getContentAsString()).contains("\"userVerification\":\"required\"", "\"residentKey\":\"required\"",
                "\"name\":\"" + username + "\"", "\"displayName\":\"INTEGRITY_OFFICER " + tenant.marker() + "\"");
        assertThat(first.getContentAsString()).doesNotContain(userId.toString());

        passkey("โทรศัพท์");
        MockHttpServletResponse second = mvc.perform(MockMvcRequestBuilders.post("/webauthn/register/options")
                .with(authentication(password())).with(csrf())).andReturn().getResponse();
        assertThat(second.getStatus()).isEqualTo(403);
        assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("โปรดยืนยันตัวตนด้วยพาสคีย์ที่มีอยู่");
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/webauthn/register").with(authentication(password())).with(csrf())
                .contentType("application/json").content("{\"publicKey\":{\"label\":\"อีกอัน\"}}"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        assertThat(mvc.perform(MockMvcRequestBuilders.post("/webauthn/register/options")
                .with(authentication(withPasskeyFactor(Instant.now()))).with(csrf())).andReturn().getResponse().getStatus())
                .as("with the passkey factor in the session").isEqualTo(200);
    }

    @Test
    void theNameIsCheckedOnTheServerAndABrokenPasskeyIsRefusedWithAMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(MockMvcRequestBuilders.post("/webauthn/register/options").session(session)
                .with(authentication(withFactor(Factors.FACTOR_TOTP, Instant.now()))).with(csrf()));
        for (String label : List.of("", "   ", "ก".repeat(65))) {
            MockHttpServletResponse response = register(session, "{\"publicKey\":{\"label\":\"" + label + "\"}}");
            assertThat(response.getStatus()).as("'%s'", label).isEqualTo(422);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .containsAnyOf("กรุณาตั้งชื่อพาสคีย์", "ชื่อพาสคีย์ยาวได้ไม่เกิน 64 ตัวอักษร");
        }
        MockHttpServletResponse forged = register(session, """
                {"publicKey":{"label":"ปลอม","credential":{"id":"AAAA","rawId":"AAAA","type":"public-key",
                 "response":{"attestationObject":"AAAA","clientDataJSON":"e30","transports":["internal"]},
                 "clientExtensionResults":{}}}}""");
        assertThat(forged.getStatus()).isEqualTo(400);
        assertThat(forged.getContentAsString(StandardCharsets.UTF_8)).contains("เพิ่มพาสคีย์ไม่สำเร็จ").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from passkey where user_id = ?").param(userId).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aPasskeyIsRemovedWithThePasswordOrAFreshSecondFactorAndNeverThroughSpringsDeleteEndpoint() throws Exception {
        UUID phone = passkey("โทรศัพท์");
        UUID laptop = passkey("แล็ปท็อป");
        String credentialOfPhone = jdbc.sql("select encode(credential_id, 'base64') from passkey where id = ?").param(phone)
                .query(String.class).single().replace('+', '-').replace('/', '_').replace("=", "");
        assertThat(mvc.perform(MockMvcRequestBuilders.delete("/webauthn/register/" + credentialOfPhone)
                .with(authentication(withPasskeyFactor(Instant.now()))).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(405);

        MockHttpServletResponse page = mvc.perform(MockMvcRequestBuilders.get("/account/passkeys")
                .with(authentication(password()))).andReturn().getResponse();
        int buddhistYear = java.time.Year.now(java.time.ZoneId.of("Asia/Bangkok")).getValue() + 543;
        String shortYear = String.valueOf(buddhistYear % 100);
        String thaiDigits = shortYear.chars().mapToObj(c -> String.valueOf((char) ('๐' + (c - '0')))).reduce("", String::concat);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("โทรศัพท์", "แล็ปท็อป", "password-" + phone)
                .containsPattern("สร้างเมื่อ [^<]* (" + shortYear + "|" + thaiDigits + ") เวลา");

        MockHttpServletResponse wrong = remove(phone, password(), "not-the-password-2569");
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("รหัสผ่านไม่ถูกต้อง");
        MockHttpServletResponse stale = remove(phone, withPasskeyFactor(Instant.now().minusSeconds(600)), "");
        assertThat(stale.getStatus()).as("a second factor older than the step-up validity").isEqualTo(422);
        assertThat(remove(phone, password(), TenantFixture.PASSWORD).getStatus()).isEqualTo(302);
        assertThat(remove(laptop, withPasskeyFactor(Instant.now()), "").getStatus()).as("fresh: no password").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from passkey where user_id = ?").param(userId).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where record_id = ? and action = 'user.passkey-removed'")
                .param(userId.toString()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void passwordsGuessedOnTheRemovalFormLockIt() throws Exception {
        UUID phone = passkey("โทรศัพท์");
        for (int guess = 1; guess <= Passkeys.REMOVAL_GUESSES.free() + 1; guess++) {
            assertThat(remove(phone, password(), "guess-" + guess).getContentAsString(StandardCharsets.UTF_8))
                    .contains("รหัสผ่านไม่ถูกต้อง");
        }
        MockHttpServletResponse locked = remove(phone, password(), TenantFixture.PASSWORD);
        assertThat(locked.getStatus()).isEqualTo(422);
        assertThat(locked.getContentAsString(StandardCharsets.UTF_8)).contains("ใส่รหัสผ่านผิดหลายครั้งแล้ว");
        assertThat(jdbc.sql("select count(*) from passkey where id = ?").param(phone).query(Integer.class).single()).isOne();
        assertThat(remove(phone, withPasskeyFactor(Instant.now()), "").getStatus()).as("a fresh factor still removes it")
                .isEqualTo(302);
    }

    @Test
    void renamingChecksTheNameAndOnlyTheOwnersPasskey() throws Exception {
        UUID phone = passkey("โทรศัพท์");
        MockHttpServletResponse tooLong = mvc.perform(MockMvcRequestBuilders.post("/account/passkeys/" + phone + "/label")
                .param("label", "ข".repeat(65)).with(authentication(password())).with(csrf())).andReturn().getResponse();
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString(StandardCharsets.UTF_8)).containsPattern("ชื่อพาสคีย์ยาวได้ไม่เกิน (64|๖๔) ตัวอักษร")
                .contains("ข".repeat(65));
        String other = tenant.username(Role.EXECUTIVE);
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/account/passkeys/" + phone + "/label").param("label", "ของฉัน")
                        .with(authentication(principals.authentication(other))).with(csrf())).andReturn().getResponse()
                .getStatus()).as("a colleague of the same tenant").isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.post("/account/passkeys/" + phone + "/label").param("label", "มือถือ")
                .with(authentication(password())).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select label from passkey where id = ?").param(phone).query(String.class).single())
                .isEqualTo("มือถือ");
    }

    @Test
    void anUnknownOrMalformedPasskeyAssertionIsRefusedWithAMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse options = mvc.perform(MockMvcRequestBuilders.post("/webauthn/authenticate/options")
                .session(session).with(csrf())).andReturn().getResponse();
        assertThat(options.getContentAsString()).contains("\"userVerification\":\"required\"", "\"allowCredentials\":[]");
        for (String body : List.of("not json", """
                {"id":"AAAA","rawId":"AAAA","credType":"public-key","clientExtensionResults":{},
                 "response":{"authenticatorData":"AAAA","clientDataJSON":"e30","signature":"AAAA","userHandle":"AAAA"}}""")) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/login/webauthn").session(session)
                    .with(csrf()).contentType("application/json").content(body)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("เข้าสู่ระบบด้วยพาสคีย์ไม่สำเร็จ")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void anAdminsResetOfTheSecondFactorsRemovesThePasskeys() {
        passkey("โทรศัพท์");
        passkey("แล็ปท็อป");
        UUID colleague = tenant.userId(Role.EXECUTIVE);
        jdbc.sql("insert into passkey_user (user_id, user_handle) values (?, ?)").params(colleague, randomBytes()).update();
        insertPasskey(colleague, "ของเพื่อนร่วมงาน");
        transaction.executeWithoutResult(status -> events.publishEvent(new StaffUserChanged(tenant.id().value(), userId,
                Change.FACTORS_RESET, principals.principal(tenant.username(Role.TENANT_ADMIN)))));
        assertThat(jdbc.sql("select count(*) from passkey where user_id = ?").param(userId).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from passkey where user_id = ?").param(colleague).query(Integer.class).single())
                .isOne();
    }

    private MockHttpServletResponse register(MockHttpSession session, String body) throws Exception {
        // a session that passed a second factor: the account has one-time codes, as every fixture account
        return mvc.perform(MockMvcRequestBuilders.post("/webauthn/register").session(session)
                .with(authentication(withFactor(Factors.FACTOR_TOTP, Instant.now()))).with(csrf()).contentType("application/json").content(body))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse remove(UUID passkey, Authentication session, String password) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/account/passkeys/" + passkey + "/remove").param("password", password)
                .with(authentication(session)).with(csrf())).andReturn().getResponse();
    }

    private Authentication password() {
        StaffPrincipal me = principals.principal(username);
        List<GrantedAuthority> authorities = new ArrayList<>(me.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        return UsernamePasswordAuthenticationToken.authenticated(me, null, authorities);
    }

    private Authentication withPasskeyFactor(Instant issuedAt) {
        return withFactor(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, issuedAt);
    }

    private Authentication withFactor(String factor, Instant issuedAt) {
        StaffPrincipal me = principals.principal(username);
        List<GrantedAuthority> authorities = new ArrayList<>(me.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(factor).issuedAt(issuedAt).build());
        return UsernamePasswordAuthenticationToken.authenticated(me, null, authorities);
    }

    /** A passkey row of the account (its key is not a real one: these tests never sign in with it). */
    private UUID passkey(String label) {
        jdbc.sql("insert into passkey_user (user_id, user_handle) values (?, ?) on conflict do nothing")
                .params(userId, randomBytes()).update();
        return insertPasskey(userId, label);
    }

    private UUID insertPasskey(UUID owner, String label) {
        return jdbc.sql("""
                insert into passkey (credential_id, user_id, label, credential_type, public_key_cose, signature_count,
                                     uv_initialized, backup_eligible, backup_state, transports, attestation_object,
                                     attestation_client_data_json)
                values (?, ?, ?, 'public-key', ?, 0, true, false, false, 'internal', ?, ?) returning id""")
                .params(randomBytes(), owner, label, new byte[] {1}, new byte[] {2}, new byte[] {3})
                .query(UUID.class).single();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
