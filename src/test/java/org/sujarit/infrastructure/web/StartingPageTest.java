package org.sujarit.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Requests before the start-up work is done get a page that says so; afterwards the application answers.
 * The work is done when the application first accepts traffic, the state its readiness probe reports.
 */
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
        filter.readiness(readiness(ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(passes("/bantom")).isTrue();
    }

    @Test
    void probesReachTheActuatorWhileTheApplicationStarts() throws Exception {
        assertThat(passes("/actuator/health/readiness")).isTrue();
        assertThat(passes("/actuator/health/liveness")).isTrue();
        assertThat(passes("/actuatorish")).isFalse();
    }

    @Test
    void refusingTrafficWhileShuttingDownDoesNotBringTheStartingPageBack() throws Exception {
        filter.readiness(readiness(ReadinessState.ACCEPTING_TRAFFIC));
        filter.readiness(readiness(ReadinessState.REFUSING_TRAFFIC));

        assertThat(passes("/bantom")).isTrue();
    }

    private boolean passes(String path) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private AvailabilityChangeEvent<ReadinessState> readiness(ReadinessState state) {
        return new AvailabilityChangeEvent<>(this, state);
    }
}
