package org.sujarit.staff.passkey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.staff.factor.Factors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands before Spring's registration endpoints and adds Sujarit's rules to them:
 * <ul>
 * <li>only a signed-in member of staff makes a passkey, and for their own account only (Spring's
 * options carry the signed-in account);</li>
 * <li>an account that already has a passkey adds another only with a second factor in the session,
 * so that a password alone cannot add an intruder's passkey beside the owner's;</li>
 * <li>the name is checked on the server (1–64 characters) and a refusal answers with a message in the
 * reader's language, never an exception;</li>
 * <li>a new passkey is audited ({@code PASSKEY_ADDED});</li>
 * <li>Spring's {@code DELETE /webauthn/register/{id}} is closed: a passkey is removed from the account
 * page, which asks for the password or a fresh second factor and audits the removal.</li>
 * </ul>
 */
final class PasskeyRegistrationGuard extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RequestMatcher OPTIONS = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/webauthn/register/options");
    private static final RequestMatcher REGISTER = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/webauthn/register");
    private static final RequestMatcher REMOVE = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.DELETE, "/webauthn/register/**");
    private static final int MAX_BODY = 64 * 1024;

    private final Passkeys passkeys;
    private final PasskeyAnswers answers;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy contexts;

    PasskeyRegistrationGuard(Passkeys passkeys, PasskeyAnswers answers, ApplicationEventPublisher events,
                             SecurityContextHolderStrategy contexts) {
        this.passkeys = passkeys;
        this.answers = answers;
        this.events = events;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean options = OPTIONS.matches(request);
        boolean register = REGISTER.matches(request);
        if (REMOVE.matches(request)) {
            answers.refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "passkey.remove.onAccountPage");
            return;
        }
        if (!options && !register) {
            chain.doFilter(request, response);
            return;
        }
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal me)) {
            answers.refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "passkey.register.signInFirst");
            return;
        }
        if (passkeys.anyFactorSetUp(me.userId()) && !Factors.hasSecondFactor(authentication)) {
            answers.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "passkey.register.confirmFirst");
            return;
        }
        if (options) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            answers.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "passkey.register.failed");
            return;
        }
        try {
            JsonNode label = JSON.readTree(body).path("publicKey").path("label");
            PasskeyLabel.check(label.isString() ? label.asString() : null);
        } catch (RuleViolation violation) {
            answers.refuse(request, response, 422, violation.messageKey(), PasskeyLabel.MAX_LENGTH);
            return;
        } catch (RuntimeException unreadable) {
            answers.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "passkey.register.failed");
            return;
        }
        int before = passkeys.count(me.userId());
        try {
            chain.doFilter(new Replayed(request, body), response);
        } catch (RuntimeException refused) {
            // webauthn4j refused the attestation (wrong origin, challenge, no user verification …) or
            // the passkey is already registered
            logger.info("Passkey registration refused: " + refused.getClass().getSimpleName());
            if (!response.isCommitted()) {
                response.reset();
                answers.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "passkey.register.failed");
            }
            return;
        }
        if (response.getStatus() == HttpServletResponse.SC_BAD_REQUEST && !response.isCommitted()) {
            // Spring answers an unreadable passkey or one without its options with the status alone
            answers.refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "passkey.register.failed");
            return;
        }
        if (passkeys.count(me.userId()) > before) {
            events.publishEvent(new StaffUserChanged(Passkeys.tenantOf(me), me.userId(), Change.PASSKEY_ADDED, me));
        }
    }

    /** The request with its body read once and given again to Spring's registration filter. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
