package org.sujarit.staff.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The providers' settings are reached from the menus, not only by typing their address. */
@WebTest
class ProviderSettingsLinksTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;

    @Test
    void theTenantAdminAndThePlatformAdminFindTheirProvidersInTheMenu() throws Exception {
        Tenant t = fixtures.create();
        assertThat(page("/console", t.username(Role.TENANT_ADMIN))).contains("href=\"/console/settings/sign-in-providers\"");
        assertThat(page("/console", t.username(Role.INTEGRITY_OFFICER))).doesNotContain("/console/settings/sign-in-providers");
        assertThat(page("/admin", "platform.admin")).contains("href=\"/admin/sign-in-providers\"");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(authentication(principals.authentication(username)))).andReturn().getResponse()
                .getContentAsString();
    }
}
