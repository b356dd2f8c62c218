package org.sujarit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The admin and the internal auditor see the trail and its check; a tampered row is named on the page. */
@WebTest
class AuditPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void theTrailAndItsCheckAreShownToAdminAndAuditorOnly() throws Exception {
        Tenant tenant = fixtures.create();
        for (Role role : Role.TENANT_ROLES) {
            boolean allowed = role == Role.TENANT_ADMIN || role == Role.INTERNAL_AUDITOR;
            mvc.perform(get("/console/audit").with(authentication(principals.authentication(tenant.username(role)))))
                    .andExpect(status().is(allowed ? 200 : 403));
        }
        String page = trailAs(tenant.username(Role.INTERNAL_AUDITOR));
        assertThat(page).contains("สมบูรณ์ ไม่มีการแก้ไข").contains("เพิ่มหน่วยงาน").contains("สร้างบัญชีผู้ใช้")
                .containsPattern("25[0-9]{2}|[0-9]{2} เวลา");
    }

    @Test
    void aTamperedRowIsNamedOnThePage() throws Exception {
        Tenant tenant = fixtures.create();
        long id = jdbc.sql("select id from audit_event where tenant_id = ? and seq = 2").param(tenant.id().value())
                .query(Long.class).single();
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
        try {
            jdbc.sql("update audit_event set record_id = 'x' where id = ?").param(id).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
        }
        assertThat(trailAs(tenant.username(Role.TENANT_ADMIN)))
                .contains("พบความผิดปกติ: แถวที่ 2 (รหัส " + id + ") ถูกแก้ไขหลังบันทึก");
        String platform = mvc.perform(get("/admin/audit").param("lang", "en")
                        .with(authentication(principals.authentication("platform.admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
        assertThat(platform).contains("Tampering found: row 2 (id " + id + ") was altered after it was written");
    }

    private String trailAs(String username) throws Exception {
        return mvc.perform(get("/console/audit").with(authentication(principals.authentication(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
    }
}
