package org.sujarit.complaint.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.CaseSecret;
import org.sujarit.complaint.Channel;
import org.sujarit.support.LogOutput;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * The complaint pages leave no traces: they load nothing from another origin, every response under
 * {@code /{slug}/complaints} — pages, errors, files, the receipt PDF — forbids caching and referrers,
 * and the application's log output during a filing and a look-up holds neither the address nor the
 * user agent of the citizen ({@link NoTracesInJsonLogsTest}: nor with JSON logs).
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class NoTracesTest {

    private static final String ADDRESS = "203.0.113.77";
    private static final String AGENT = "Mozilla/5.0 (NoTracesProbe 4242)";

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired ComplaintSettings complaintSettings;

    @Test
    void complaintPagesLoadNothingFromElsewhereAndEveryAnswerForbidsCachingAndReferrers(CapturedOutput output)
            throws Exception {
        Tenant t = fixtures.create();
        String base = "/" + t.organisation().slug() + "/complaints";
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (String page : List.of("", "/general", "/corruption", "/track", "/statistics")) {
            MockHttpServletResponse answer = send(get(base + page));
            assertThat(answer.getStatus()).as(page).isEqualTo(200);
            assertSameOrigin(base + page, answer.getContentAsString());
            answers.add(answer);
        }

        MvcResult filing = mvc.perform(post(base + "/corruption").with(csrf()).with(from())
                .param("categoryId", complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id().toString())
                .param("subject", "เรียกรับเงิน").param("description", "เจ้าหน้าที่เรียกรับเงินค่าธรรมเนียม")
                .param("anonymous", "true")).andReturn();
        MockHttpServletResponse filed = filing.getResponse();
        assertThat(filed.getStatus()).isEqualTo(200);
        assertSameOrigin("receipt", filed.getContentAsString());
        answers.add(filed);
        Cookie session = Sessions.cookieOf(filing);
        assertThat(session).isNotNull();
        String number = Jsoup.parse(filed.getContentAsString()).select(".case-number").text();
        String secret = Jsoup.parse(filed.getContentAsString()).select(".secret-digits").text();

        MockHttpServletResponse opened = send(post(base + "/track").with(csrf()).param("number", number).param("secret", secret));
        assertThat(opened.getStatus()).isEqualTo(302);
        answers.add(opened);
        MockHttpServletResponse shown = send(get(base + "/track/" + number).cookie(session));
        assertThat(shown.getStatus()).isEqualTo(200);
        assertSameOrigin("case page", shown.getContentAsString());
        answers.add(shown);
        MockHttpServletResponse pdf = send(get(base + "/track/" + number + "/receipt.pdf").cookie(session));
        assertThat(pdf.getStatus()).isIn(200, 503);
        answers.add(pdf);
        answers.add(send(get(base + "/track/" + number + "/files/" + UUID.randomUUID()).cookie(session)));
        answers.add(send(post(base + "/track").with(csrf()).param("number", number).param("secret", CaseSecret.generate())));
        answers.add(send(post(base + "/track").with(csrf()).param("number", "nonsense").param("secret", "1")));
        answers.add(send(get(base + "/nowhere")));
        answers.add(send(get("/no-such-town/complaints/track")));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).contains(200, 302, 404, 422);
        for (MockHttpServletResponse answer : answers) {
            assertThat(answer.getHeader("Cache-Control")).contains("no-store");
            assertThat(answer.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        }
        assertThat(LogOutput.searchable(output)).doesNotContain(ADDRESS).doesNotContain("NoTracesProbe");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(from())).andReturn().getResponse();
    }

    private static RequestPostProcessor from() {
        return request -> {
            request.setRemoteAddr(ADDRESS);
            request.addHeader("User-Agent", AGENT);
            request.addHeader("X-Forwarded-For", ADDRESS);
            return request;
        };
    }

    /** Every resource the page loads, every form and every link stays on this origin. */
    private static void assertSameOrigin(String page, String html) {
        for (Element e : Jsoup.parse(html).select("[src], [href], [action], [srcset], [data], [poster]")) {
            for (String attribute : List.of("src", "href", "action", "srcset", "data", "poster")) {
                String value = e.attr(attribute).strip();
                if (value.isEmpty() || e.tagName().equals("a") && (value.startsWith("mailto:") || value.startsWith("tel:"))) {
                    continue;
                }
                assertThat(value).as(page + ": " + e.outerHtml())
                        .matches(v -> v.startsWith("#") || v.startsWith("?") || v.startsWith("/") && !v.startsWith("//"),
                                "a path on this origin");
            }
        }
        assertThat(html).doesNotContainPattern("url\\(\\s*['\"]?(https?:)?//");
    }
}
