package org.sujarit.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Numerals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * One numeral style per page: Thai pages in the tenant's style (Thai digits unless its admin chose
 * Arabic), English pages in Arabic digits; identifiers marked {@code translate="no"} and words in
 * Latin letters (case numbers, Open311) keep the digits they were issued with.
 */
@WebTest
class NumeralStylePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Organisations organisations;
    @Autowired JdbcClient jdbc;

    @Test
    void theComplaintCentreIsInThaiDigitsThroughoutByDefaultAndInArabicDigitsInEnglish() throws Exception {
        Tenant t = fixtures.create();
        String centre = "/" + t.organisation().slug() + "/complaints";

        String thai = visibleText(page(get(centre)));
        assertThat(thai).contains("ตลอด ๒๔ ชั่วโมง", "ภายใน ๑๕ วัน", "รหัสลับ ๑๖ หลัก");
        assertThat(Numerals.arabicNumbers(thai)).isEmpty();

        String english = visibleText(page(get(centre).param("lang", "en")));
        assertThat(english).contains("15").doesNotContainPattern("[๐-๙]");
    }

    @Test
    void aNumberInQuotesIsWrittenInThePagesStyleToo() throws Exception {
        // The statistics page says such a count shows as "fewer than 5": escaped, the quotes are &quot;.
        String thai = visibleText(page(get("/bantom/complaints/statistics")));
        assertThat(thai).contains("\"น้อยกว่า ๕\"");
        assertThat(Numerals.arabicNumbers(thai)).isEmpty();
    }

    @Test
    void theBanTomPlanPageIsInThaiDigitsAndItsEnglishVersionInArabicDigits() throws Exception {
        String thai = visibleText(page(get("/bantom/plan")));
        assertThat(thai).contains("๒๕๖๖");
        assertThat(Numerals.arabicNumbers(thai)).isEmpty();

        String english = visibleText(page(get("/bantom/plan").param("lang", "en")));
        assertThat(english).contains("2566").doesNotContainPattern("[๐-๙]");
    }

    @Test
    void aTenantAdminChoosesArabicDigitsAndEveryPageOfTheTenantFollowsAtOnce() throws Exception {
        Tenant t = fixtures.create();
        var admin = authentication(principals.authentication(t.username(Role.TENANT_ADMIN)));
        String centre = "/" + t.organisation().slug() + "/complaints";
        assertThat(visibleText(page(get(centre)))).as("kept in the portal cache before the change").contains("๒๔");

        mvc.perform(post("/console/organisation/numerals").param("style", "ARABIC").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(organisations.get(t.id()).numerals()).isEqualTo(NumeralStyle.ARABIC);
        String thai = visibleText(page(get(centre)));
        assertThat(thai).contains("ตลอด 24 ชั่วโมง", "ภายใน 15 วัน").doesNotContainPattern("[๐-๙]");
        String console = visibleText(page(get("/console/organisation").with(admin)));
        assertThat(console).doesNotContainPattern("[๐-๙]");
        assertThat(jdbc.sql("select action from audit_event where tenant_id = ? order by seq desc limit 1")
                .param(t.id().value()).query(String.class).single()).isEqualTo("organisation.numeral-style-changed");

        mvc.perform(post("/console/organisation/numerals").param("style", "ROMAN").with(admin).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/console/organisation/numerals").param("style", "THAI").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(visibleText(page(get(centre)))).contains("ตลอด ๒๔ ชั่วโมง");
    }

    @Test
    void onlyTheTenantAdminChoosesTheStyle() throws Exception {
        Tenant t = fixtures.create();
        var integrity = authentication(principals.authentication(t.username(Role.INTEGRITY_OFFICER)));

        mvc.perform(post("/console/organisation/numerals").param("style", "ARABIC").with(integrity).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(organisations.get(t.id()).numerals()).isEqualTo(NumeralStyle.THAI);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** What a reader sees: the title, the body's text and the attributes read out, without what keeps its digits. */
    private static String visibleText(Document page) {
        page.select("script, style, textarea, pre, code, kbd, samp, [translate=no]").remove();
        StringBuilder text = new StringBuilder(page.title()).append('\n').append(page.body().text());
        page.select("[title], [alt], [placeholder], [aria-label], [data-label]").forEach(element -> {
            for (String name : List.of("title", "alt", "placeholder", "aria-label", "data-label")) {
                text.append('\n').append(element.attr(name));
            }
        });
        return text.toString();
    }
}
