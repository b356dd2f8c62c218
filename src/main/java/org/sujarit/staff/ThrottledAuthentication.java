package org.sujarit.staff;

import java.time.Duration;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.sujarit.staff.StaffUserChanged.Change;

/**
 * Password sign-in behind the {@link LoginThrottle}. A locked name is refused before its
 * password is looked at; every other failure — wrong password, unknown or deactivated account —
 * reads as the same "wrong name or password", so the answer never tells which accounts exist.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final StaffUsers users;
    private final ApplicationEventPublisher events;

    ThrottledAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle, StaffUsers users,
                            ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.users = users;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = StaffUsers.normalise(authentication.getName());
        Optional<Duration> locked = throttle.lockedFor(username);
        if (locked.isPresent()) {
            throw new SignInLocked(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.clear(username);
            return result;
        } catch (AuthenticationException failure) {
            Optional<Duration> lock = throttle.recordFailure(username);
            if (lock.isPresent()) {
                users.findByUsername(username).ifPresent(user -> events.publishEvent(new StaffUserChanged(
                        user.tenantId() == null ? null : user.tenantId().value(), user.id(), Change.SIGN_IN_LOCKED)));
                throw new SignInLocked(lock.get());
            }
            // Audited for existing accounts only (without the typed password); unknown names are not.
            users.findByUsername(username).ifPresent(user -> events.publishEvent(new StaffUserChanged(
                    user.tenantId() == null ? null : user.tenantId().value(), user.id(), Change.SIGN_IN_FAILED)));
            throw new BadCredentialsException("Wrong user name or password", failure);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
