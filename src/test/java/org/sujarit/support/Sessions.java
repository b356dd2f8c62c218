package org.sujarit.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real form and returns the session cookie, as a browser would keep it:
 * the session itself lives in PostgreSQL (Spring Session JDBC).
 */
public final class Sessions {

    public static final String COOKIE = "SUJARIT_SESSION";

    private Sessions() {
    }

    public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
        return cookieOf(mvc.perform(formLogin("/login").user(username).password(password)).andReturn());
    }

    public static Cookie cookieOf(MvcResult result) {
        // MockMvc sees Spring Session's default cookie name; the running server uses ours (see
        // the journey test, which checks the real cookie and its flags).
        Cookie cookie = result.getResponse().getCookie(COOKIE);
        if (cookie == null) {
            cookie = result.getResponse().getCookie("SESSION");
        }
        if (cookie == null) {
            throw new AssertionError("No session cookie in the response: " + result.getResponse().getHeaderNames() + " " + result.getResponse().getHeaders("Set-Cookie") + " session " + result.getRequest().getSession(false));
        }
        return cookie;
    }
}
