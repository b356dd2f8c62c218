package org.sujarit.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.staff.factor.OneTimeCodes;

/**
 * One-time codes as the tests' authenticator app computes them: from the account's key (the
 * demo's, printed in the README, or the one {@link TenantFixture} gives its accounts), for a time
 * step the server has not yet accepted for that account (a code is accepted once: when the steps
 * around now are spent, it waits for the next, as a person would).
 */
public final class SecondFactors {

    /** The demo's keys, as in demo/*.yml and the README. */
    public static final Map<String, String> DEMO_KEYS = Map.of(
            "bantom.custodian", "CRDN63MT64YTXAXJT7PYH3QA5OK4BB7P",
            "platform.admin", "2P2XL5WKPIKJ3CHTMMQG6PGPBKCMZY6B");

    /** The key of every account of a {@link TenantFixture} tenant. */
    public static final String FIXTURE_KEY = "DPDH43OWPID42OAWFIKGR4EZPVDAIZAS";

    private SecondFactors() {
    }

    public static String keyOf(String username) {
        return DEMO_KEYS.getOrDefault(username, FIXTURE_KEY);
    }

    /** Whether the account has one-time codes on. */
    public static boolean active(JdbcClient jdbc, String username) {
        return jdbc.sql("""
                select exists (select 1 from totp_key k join app_user u on u.id = k.user_id
                               where u.username = ? and k.confirmed_at is not null)""")
                .param(username).query(Boolean.class).single();
    }

    /** A code the server will accept now for this account (waits for the next time step if need be). */
    public static String nextCode(JdbcClient jdbc, String username) {
        Long last = jdbc.sql("select k.last_step from totp_key k join app_user u on u.id = k.user_id where u.username = ?")
                .param(username).query((rs, n) -> (Long) rs.getObject(1)).optional().orElse(null);
        while (true) {
            long now = OneTimeCodes.stepOf(Instant.now());
            for (long step = now - 1; step <= now + 1; step++) {
                // The step before now only when well inside its grace: a slow request must not miss it.
                if ((last == null || step > last) && (step >= now || Instant.now().getEpochSecond() % 30 < 20)) {
                    return OneTimeCodes.codeAt(keyOf(username), Instant.ofEpochSecond(step * 30));
                }
            }
            sleep(1000);
        }
    }

    /** A code of the account's key at a moment, whatever the server has accepted. */
    public static String codeAt(String username, Instant instant) {
        return OneTimeCodes.codeAt(keyOf(username), instant);
    }

    public static UUID userId(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
