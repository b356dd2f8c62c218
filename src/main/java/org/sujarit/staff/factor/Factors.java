package org.sujarit.staff.factor;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factor authorities a staff session carries (Spring Security 7's {@link FactorGrantedAuthority},
 * each with the moment it was issued), and what they add up to: a second factor is present when the
 * session holds a one-time code ({@link #FACTOR_TOTP}, also given by a recovery code) or a passkey
 * ({@link #FACTOR_WEBAUTHN}); a password or single sign-on alone is one factor.
 */
public final class Factors {

    public static final String FACTOR_TOTP = "FACTOR_TOTP";
    public static final String FACTOR_WEBAUTHN = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;
    public static final String FACTOR_PASSWORD = FactorGrantedAuthority.PASSWORD_AUTHORITY;

    private Factors() {
    }

    public static boolean isSecondFactor(GrantedAuthority authority) {
        return FACTOR_TOTP.equals(authority.getAuthority()) || FACTOR_WEBAUTHN.equals(authority.getAuthority());
    }

    /** Whether the session has passed a second factor at all. */
    public static boolean hasSecondFactor(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream().anyMatch(Factors::isSecondFactor);
    }

    /** Whether a second factor was passed within {@code validity} before {@code now} (step-up). */
    public static boolean fresh(Authentication authentication, Instant now, Duration validity) {
        if (authentication == null) {
            return false;
        }
        return authentication.getAuthorities().stream()
                .filter(Factors::isSecondFactor)
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
                .anyMatch(issued -> issued != null && !issued.isAfter(now.plusSeconds(5))
                        && issued.isAfter(now.minus(validity)));
    }
}
