package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/** Oversight users see counts within their scope, and never a tenant's own pages. */
@WebTest
class OversightScopeTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired Organisations organisations;

    @Test
    void eachScopeCountsOnlyWhatLiesInIt() throws Exception {
        int phayao = organisations.census("56", null).stream().mapToInt(row -> row.count()).sum();
        int region5 = organisations.census(null, 5).stream().mapToInt(row -> row.count()).sum();
        int nation = organisations.census(null, null).stream().mapToInt(row -> row.count()).sum();
        assertThat(phayao).isPositive();
        assertThat(region5).isGreaterThanOrEqualTo(phayao);
        assertThat(nation).isGreaterThanOrEqualTo(region5);
        assertThat(organisations.census("10", null)).isEmpty();

        String province = page("oversight.phayao");
        assertThat(province).contains("ขอบเขตของคุณ: พะเยา").contains("<span class=\"number\">" + phayao + "</span>");
        assertThat(page("oversight.region5")).contains("ภาค 5").contains("<span class=\"number\">" + region5 + "</span>");
        assertThat(page("oversight.nacc")).contains("ทั้งประเทศ").contains("<span class=\"number\">" + nation + "</span>");
    }

    @Test
    void theyReadNoTenantRecords() throws Exception {
        for (String path : new String[] {"/console", "/console/users", "/console/units", "/console/audit"}) {
            mvc.perform(get(path).with(authentication(principals.authentication("oversight.nacc"))))
                    .andExpect(status().isForbidden());
        }
        assertThat(page("oversight.nacc")).doesNotContain("bantom.").doesNotContain("งานนิติการ");
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/oversight").with(authentication(principals.authentication(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
    }
}
