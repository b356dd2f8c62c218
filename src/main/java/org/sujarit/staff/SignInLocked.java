package org.sujarit.staff;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins under this name: try again after {@link #minutes()}. */
class SignInLocked extends AuthenticationException {

    private final long minutes;

    SignInLocked(Duration remaining) {
        super("Sign-in temporarily locked");
        this.minutes = Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    long minutes() {
        return minutes;
    }
}
