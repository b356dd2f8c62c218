package org.sujarit.staff;

import java.util.Locale;
import java.util.Optional;

import org.sujarit.shared.RuleViolation;

/**
 * What a password must be: 12 to 128 characters (NIST SP 800-63B allows long pass-phrases, and
 * Argon2id makes their length free), not built on the user name, not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("password.tooSimple");
        }
        return Optional.empty();
    }

    static void check(String field, String username, String password) {
        problem(username, password).ifPresent(key -> {
            throw new RuleViolation(field, key);
        });
    }
}
