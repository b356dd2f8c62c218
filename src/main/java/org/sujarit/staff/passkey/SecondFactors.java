package org.sujarit.staff.passkey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * What a session's factor authorities say (the contract of issue 18): a second factor is present
 * when it holds {@code FACTOR_TOTP} or {@code FACTOR_WEBAUTHN}; it is fresh when one of them was
 * issued within the step-up validity.
 */
final class SecondFactors {

    /** Defined by the one-time-code work in {@code org.sujarit.staff.factor.Factors}; the string until the merge. */
    static final String TOTP = "FACTOR_TOTP";
    static final String WEBAUTHN = FactorGrantedAuthority.WEBAUTHN_AUTHORITY;
    static final Set<String> SECOND = Set.of(TOTP, WEBAUTHN);

    private SecondFactors() {
    }

    static boolean present(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(SECOND::contains);
    }

    static boolean fresh(Authentication authentication, Duration validity, Clock clock) {
        if (authentication == null) {
            return false;
        }
        Instant since = clock.instant().minus(validity);
        return authentication.getAuthorities().stream()
                .filter(a -> a instanceof FactorGrantedAuthority && SECOND.contains(a.getAuthority()))
                .map(a -> ((FactorGrantedAuthority) a).getIssuedAt())
                .anyMatch(issued -> issued != null && issued.isAfter(since));
    }
}
