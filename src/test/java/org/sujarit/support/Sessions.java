package org.sujarit.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real form and returns the session cookie, as a browser would keep it:
 * the session itself lives in PostgreSQL (Spring Session JDBC). An account with one-time codes on
 * then passes its second factor as a person would, with the code of its key computed now: on the
 * second-factor page when its role requires one, else on the step-up page, so that the session
 * may also take the actions that ask for a fresh second factor ({@link #signInPasswordOnly} does not).
 */
public final class Sessions {

    public static final String COOKIE = "SUJARIT_SESSION";

    private Sessions() {
    }

    public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        Cookie cookie = cookieOf(signedIn);
        JdbcClient jdbc = mvc.getDispatcherServlet().getWebApplicationContext().getBean(JdbcClient.class);
        String home = signedIn.getResponse().getRedirectedUrl();
        if (home == null || home.contains("/login") || !SecondFactors.active(jdbc, username)) {
            return cookie;
        }
        String next = mvc.perform(get(home).cookie(cookie)).andReturn().getResponse().getRedirectedUrl();
        String page = next != null && next.startsWith("/login/second-factor") ? "/login/second-factor" : "/login/step-up";
        MvcResult passed = mvc.perform(post(page).cookie(cookie).with(csrf())
                .param("code", SecondFactors.nextCode(jdbc, username)).param("continue", home)).andReturn();
        if (passed.getResponse().getStatus() != 302) {
            throw new AssertionError("The second factor of " + username + " was refused: " + passed.getResponse().getContentAsString());
        }
        return cookieOf(passed);
    }

    /** Signs in with the password alone: no second factor, no step-up. */
    public static Cookie signInPasswordOnly(MockMvc mvc, String username, String password) throws Exception {
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
