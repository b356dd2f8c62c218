package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * No declaration is published by name, except the executives' own when the executive chooses so:
 * then the portal shows the executive's yearly declaration without naming relatives, and still
 * nobody else's.
 */
@WebTest
class InterestPublicationTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired InterestDeclarations declarations;
    @Autowired AuditTrail trail;

    @Test
    void onlyTheExecutivesDeclarationsArePublishedAndOnlyWhenTheExecutiveChooses() throws Exception {
        Tenant t = fixtures.create();
        int year = declarations.currentYear().buddhistYear();
        declarations.declareYear(principals.principal(t.username(Role.EXECUTIVE)), year, new DeclarationDraft(false, List.of(
                new InterestEntry(InterestKind.BUSINESS, InterestHolder.SPOUSE, "นางลับเฉพาะ " + t.marker(),
                        InterestInvolvement.SHAREHOLDER, "บจก.ผู้บริหาร" + t.marker(), null, "ถือหุ้นร้อยละ ๕"))));
        declarations.declareYear(principals.principal(t.username(Role.STAFF_MEMBER)), year, new DeclarationDraft(false, List.of(
                new InterestEntry(InterestKind.SIDE_JOB, InterestHolder.SELF, null, InterestInvolvement.OWNER,
                        "ร้านพนักงาน" + t.marker(), null, null))));
        String portal = "/" + t.organisation().slug() + "/interests";

        assertThat(page(portal)).contains("ยังไม่ได้เผยแพร่").doesNotContain("บจก.ผู้บริหาร" + t.marker(), "ร้านพนักงาน" + t.marker());
        for (Role role : List.of(Role.INTEGRITY_OFFICER, Role.STAFF_MEMBER, Role.TENANT_ADMIN)) {
            mvc.perform(post("/console/registers/interests/publication").param("publish", "true").with(csrf()).with(as(t, role)))
                    .andExpect(status().isForbidden());
        }
        assertThat(page(portal)).contains("ยังไม่ได้เผยแพร่");

        mvc.perform(post("/console/registers/interests/publication").param("publish", "true").with(csrf())
                .with(as(t, Role.EXECUTIVE))).andExpect(status().is3xxRedirection());
        String published = page(portal);
        assertThat(published).contains("EXECUTIVE " + t.marker()).contains("บจก.ผู้บริหาร" + t.marker()).contains("คู่สมรส")
                .doesNotContain("นางลับเฉพาะ " + t.marker(), "ร้านพนักงาน" + t.marker(), "STAFF_MEMBER " + t.marker());
        assertThat(trail.recent(t.id(), 10)).extracting(AuditEvent::action).contains("interest-publication.published");

        mvc.perform(post("/console/registers/interests/publication").param("publish", "false").with(csrf())
                .with(as(t, Role.EXECUTIVE))).andExpect(status().is3xxRedirection());
        assertThat(page(portal)).contains("ยังไม่ได้เผยแพร่").doesNotContain("บจก.ผู้บริหาร" + t.marker());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
