package org.sujarit.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An address that starts more passwordless sign-ins than the limit (passkey options and assertions,
 * redirects to a provider) is refused with 429 — the passkey script with a message it shows —
 * before any session row is written; other addresses are not.
 */
@SpringBootTest(properties = "sujarit.sign-in.starts-per-10-minutes=3")
@AutoConfigureMockMvc
class SignInStartLimitsTest {

    @Autowired MockMvc mvc;

    @Test
    void anAddressThatStartsTooManySignInsIsToldToWait() throws Exception {
        String address = "198.51.100." + (int) (Math.random() * 200 + 20);
        for (int i = 0; i < 3; i++) {
            assertThat(options(address).getStatus()).as("start %d", i + 1).isEqualTo(200);
        }
        MockHttpServletResponse refused = options(address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("บ่อยเกินไป");
        assertThat(refused.getHeader("Set-Cookie")).as("no session kept for it").isNull();
        assertThat(mvc.perform(post("/login/webauthn").with(csrf()).with(from(address)).contentType("application/json")
                .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(429);
        assertThat(mvc.perform(get("/oauth2/authorization/thaid").with(from(address))).andReturn().getResponse()
                .getStatus()).isEqualTo(429);

        assertThat(options("198.51.100.7").getStatus()).as("another address").isEqualTo(200);
    }

    private MockHttpServletResponse options(String address) throws Exception {
        return mvc.perform(post("/webauthn/authenticate/options").with(csrf()).with(from(address))).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
