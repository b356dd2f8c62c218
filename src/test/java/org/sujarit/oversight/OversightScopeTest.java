package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.support.TenantFixture;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.WebTest;

/**
 * Each oversight user sees their scope and every place beneath it, and nothing else: a place
 * outside it is "not found" through every route — page, file and JSON — exactly like a place that
 * does not exist. They never read a tenant's own pages.
 */
@WebTest
class OversightScopeTest {

    static final String LEAGUE_CSV = "/oversight/league?peer=SUBDISTRICT_MUNICIPALITY&indicator=plan.published&format=csv";

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture tenants;

    @Test
    void aProvinceUserSeesItsProvinceAndItsLocalGovernmentsOnly() throws Exception {
        TenantFixture.Tenant korat = tenants.create("30");
        assertThat(page("oversight.phayao", "/oversight")).contains("พะเยา").contains("บ้านต๋อม");
        assertThat(page("oversight.phayao", "/oversight/provinces/56")).contains("บ้านต๋อม");
        assertThat(page("oversight.phayao", "/oversight/laos/bantom")).contains("บ้านต๋อม");
        for (String path : new String[] {"/oversight/provinces/30", "/oversight/provinces/50", "/oversight/regions/5",
                "/oversight/regions/3", "/oversight/laos/" + korat.marker(), "/oversight/laos/no-such-place",
                "/oversight/provinces/30?format=csv", "/oversight/regions/5?format=xlsx", "/api/v1/oversight/nation",
                "/api/v1/oversight/regions/5", "/api/v1/oversight/provinces/30", "/api/v1/oversight/laos/" + korat.marker()}) {
            notFound("oversight.phayao", path);
        }
        // the whole league (every page of it) as CSV
        assertThat(page("oversight.phayao", LEAGUE_CSV)).contains("บ้านต๋อม").doesNotContain(korat.marker());
        assertThat(page("oversight.phayao", "/api/v1/oversight/provinces/56")).contains("\"bantom\"");
    }

    @Test
    void aRegionUserSeesItsProvincesAndNoOtherRegion() throws Exception {
        TenantFixture.Tenant korat = tenants.create("30");
        // the map draws the whole country, but only region 5's provinces carry figures and links
        assertThat(page("oversight.region5", "/oversight")).contains("ภาค 5").contains("/oversight/provinces/56")
                .contains("/oversight/provinces/50").doesNotContain("/oversight/provinces/30").doesNotContain(korat.marker());
        assertThat(page("oversight.region5", "/oversight/provinces/56")).contains("บ้านต๋อม");
        assertThat(page("oversight.region5", "/oversight/provinces/50?format=csv")).contains("เชียงใหม่");
        for (String path : new String[] {"/oversight/provinces/30", "/oversight/provinces/10", "/oversight/regions/3",
                "/oversight/regions/0", "/oversight/laos/" + korat.marker(), "/api/v1/oversight/regions/3",
                "/api/v1/oversight/provinces/30", "/api/v1/oversight/nation"}) {
            notFound("oversight.region5", path);
        }
        assertThat(page("oversight.region5", LEAGUE_CSV)).contains("บ้านต๋อม").doesNotContain(korat.marker());
    }

    @Test
    void theNationSeesEveryPlaceAndNothingThatDoesNotExist() throws Exception {
        TenantFixture.Tenant korat = tenants.create("30");
        assertThat(page("oversight.nacc", "/oversight")).contains("ทั้งประเทศ").contains("ภาค 9");
        assertThat(page("oversight.nacc", "/oversight/regions/3")).contains("นครราชสีมา");
        assertThat(page("oversight.nacc", "/oversight/laos/" + korat.marker())).contains(korat.marker());
        assertThat(page("oversight.nacc", LEAGUE_CSV)).contains(korat.marker());
        assertThat(page("oversight.nacc", "/api/v1/oversight/nation")).contains("\"level\":\"NATION\"");
        for (String path : new String[] {"/oversight/regions/0", "/oversight/regions/10", "/oversight/regions/x",
                "/oversight/provinces/99", "/oversight/provinces/5", "/oversight/laos/Bantom", "/oversight?format=pdf"}) {
            notFound("oversight.nacc", path);
        }
    }

    @Test
    void theyReadNoTenantRecords() throws Exception {
        for (String path : new String[] {"/console", "/console/users", "/console/units", "/console/audit"}) {
            mvc.perform(get(path).with(authentication(principals.authentication("oversight.nacc"))))
                    .andExpect(status().isForbidden());
        }
        // (who answered a follow-up request is named there by design: the answer is the LAO's reply to the overseer)
        assertThat(page("oversight.nacc", "/oversight/laos/bantom")).doesNotContain("bantom.").doesNotContain("href=\"/console");
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(principals.authentication(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
    }

    private void notFound(String username, String path) throws Exception {
        mvc.perform(get(path).with(authentication(principals.authentication(username))))
                .andExpect(status().isNotFound());
    }
}
