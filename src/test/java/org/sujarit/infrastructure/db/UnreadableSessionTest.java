package org.sujarit.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.Role;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A session written by another release — a class changed or gone, the bytes unreadable — is a
 * session that has ended: its holder is asked to sign in again. It used to answer 500 on every
 * request that carried the cookie, until the session expired, after an upgrade that changed what a
 * signed-in session holds.
 */
@WebTest
class UnreadableSessionTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aSessionThisReleaseCannotReadSendsItsHolderToSignInInsteadOfFailing() throws Exception {
        Tenant tenant = fixtures.create();
        Cookie cookie = Sessions.signIn(mvc, tenant.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        mvc.perform(get("/console").cookie(cookie)).andExpect(status().isOk());

        String sessionId = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
        int changed = jdbc.sql("""
                update spring_session_attributes set attribute_bytes = ?
                where attribute_name = 'SPRING_SECURITY_CONTEXT'
                  and session_primary_id = (select primary_id from spring_session where session_id = ?)""")
                .params(unreadable(), sessionId).update();
        assertThat(changed).isOne();

        var answer = mvc.perform(get("/console").cookie(cookie)).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).endsWith("/login");
        // Signing in again works with the same browser.
        Cookie again = Sessions.signIn(mvc, tenant.username(Role.INTEGRITY_OFFICER), TenantFixture.PASSWORD);
        mvc.perform(get("/console").cookie(again)).andExpect(status().isOk());
    }

    /** Java serialisation of an object whose class this release does not have. */
    private static byte[] unreadable() {
        String name = "org.sujarit.staff.RemovedInThisRelease";
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeShort(0xACED);          // STREAM_MAGIC
            out.writeShort(5);               // STREAM_VERSION
            out.writeByte(0x73);             // TC_OBJECT
            out.writeByte(0x72);             // TC_CLASSDESC
            out.writeUTF(name);
            out.writeLong(1L);               // serialVersionUID
            out.writeByte(0x02);             // SC_SERIALIZABLE
            out.writeShort(0);               // no fields
            out.writeByte(0x78);             // TC_ENDBLOCKDATA
            out.writeByte(0x70);             // no superclass (TC_NULL)
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
