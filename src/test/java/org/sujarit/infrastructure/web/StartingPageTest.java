package org.sujarit.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Requests before the start-up work is done get a page that says so; afterwards the application answers. */
class StartingPageTest {

    private final StartingPage filter = new StartingPage();

    @Test
    void beforeTheApplicationIsReadyEveryRequestGetsTheStartingPage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/bantom"), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("กำลังเริ่มระบบ", "Starting up", "http-equiv=\"refresh\"");
        assertThat(chain.getRequest()).as("the application was not asked").isNull();
    }

    @Test
    void onceReadyRequestsGoToTheApplication() throws Exception {
        filter.ready();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(new MockHttpServletRequest("GET", "/bantom"), response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }
}
