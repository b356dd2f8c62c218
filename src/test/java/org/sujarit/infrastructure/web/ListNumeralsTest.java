package org.sujarit.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.support.WebTest;

/**
 * A page in Thai digits says so on its html element, so that the style sheet numbers its ordered
 * lists (the set-up steps of one-time codes, a plan's objectives) in Thai digits too; a page in
 * Arabic digits does not.
 */
@WebTest
class ListNumeralsTest {

    @Autowired MockMvc mvc;

    @Test
    void onlyAPageInThaiDigitsAsksForThaiListNumbers() throws Exception {
        assertThat(page("/login")).contains("data-numerals=\"thai\"");
        assertThat(page("/login?lang=en")).doesNotContain("data-numerals");
    }

    private String page(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        return html.substring(0, html.indexOf("<head>"));
    }
}
