package org.sujarit.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordRulesTest {

    @Test
    void passwordsAreHashedWithArgon2idAtOrAboveOwaspMinimum() {
        PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();
        String hash = encoder.encode("a long pass-phrase 2569");
        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$");
        // OWASP Password Storage Cheat Sheet: m >= 19 MiB, t >= 2, p >= 1.
        var parameters = java.util.regex.Pattern.compile("m=(\\d+),t=(\\d+),p=(\\d+)").matcher(hash);
        assertThat(parameters.find()).isTrue();
        assertThat(Integer.parseInt(parameters.group(1))).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(Integer.parseInt(parameters.group(2))).isGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(parameters.group(3))).isGreaterThanOrEqualTo(1);
        assertThat(encoder.matches("a long pass-phrase 2569", hash)).isTrue();
        assertThat(encoder.matches("a long pass-phrase 2570", hash)).isFalse();
    }

    @Test
    void policyRejectsShortSimpleAndNameBasedPasswords() {
        assertThat(PasswordPolicy.problem("somchai", "short")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("somchai", "Somchai-2569-pass")).contains("password.containsUsername");
        assertThat(PasswordPolicy.problem("somchai", "aaaaaaaaaaaaaaaa")).contains("password.tooSimple");
        assertThat(PasswordPolicy.problem("somchai", "x".repeat(129) + "abcd")).contains("password.tooLong");
        assertThat(PasswordPolicy.problem("somchai", "ดอกไม้บานที่บ้านต๋อม")).isEmpty();
    }

    @Test
    void lockGrowsAfterTheFreeFailuresAndStopsAtAnHour() {
        assertThat(LoginThrottle.POLICY.lockAfter(4)).isEmpty();
        assertThat(LoginThrottle.POLICY.lockAfter(5)).contains(Duration.ofMinutes(1));
        assertThat(LoginThrottle.POLICY.lockAfter(6)).contains(Duration.ofMinutes(2));
        assertThat(LoginThrottle.POLICY.lockAfter(9)).contains(Duration.ofMinutes(16));
        assertThat(LoginThrottle.POLICY.lockAfter(11)).contains(Duration.ofHours(1));
        assertThat(LoginThrottle.POLICY.lockAfter(50)).isEqualTo(Optional.of(Duration.ofHours(1)));
    }
}
