package org.sujarit.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The scraper's bearer token: exactly the configured one, sent as a bearer token, and none when none is configured. */
class ScraperTokenTest {

    private static final String TOKEN = "q4Ck0oQ0zM3sWm9xgmQkR1b7v0mKzQ3bYy7c2B8lH0s=";

    @Test
    void onlyTheConfiguredTokenSentAsABearerTokenPasses() {
        ScraperToken token = new ScraperToken(TOKEN);
        assertThat(token.sentWith(request("Bearer " + TOKEN))).isTrue();
        assertThat(token.sentWith(request("bearer  " + TOKEN + " "))).as("the scheme in any case, spaces around").isTrue();
        assertThat(token.sentWith(request("Bearer " + TOKEN.substring(0, TOKEN.length() - 1)))).isFalse();
        assertThat(token.sentWith(request("Bearer " + TOKEN + "A"))).isFalse();
        assertThat(token.sentWith(request("Bearer " + TOKEN.toLowerCase()))).isFalse();
        assertThat(token.sentWith(request("Basic " + TOKEN))).isFalse();
        assertThat(token.sentWith(request(TOKEN))).isFalse();
        assertThat(token.sentWith(request("Bearer"))).isFalse();
        assertThat(token.sentWith(request(null))).isFalse();
    }

    @Test
    void withoutAConfiguredTokenNothingPasses() {
        for (String none : new String[] {null, "", "   "}) {
            ScraperToken token = new ScraperToken(none);
            assertThat(token.sentWith(request("Bearer "))).isFalse();
            assertThat(token.sentWith(request("Bearer " + none))).isFalse();
        }
    }

    @Test
    void aShortTokenIsRefusedAtStartWithWhatToDo() {
        assertThatThrownBy(() -> new ScraperToken("short-token-of-31-characters-00"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SUJARIT_METRICS_TOKEN").hasMessageContaining("32").hasMessageContaining("openssl rand");
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }
}
