package org.sujarit.staff.factor;

import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.audit.Actor;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;

/**
 * One-time codes (TOTP, RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps, the step before and after
 * accepted for clocks that drift) and their ten single-use recovery codes. The key is sealed under
 * the {@link ContentKey}; it counts only once a first code has confirmed it. A code is accepted
 * once: the last accepted step is kept and no code of that step or an earlier one passes again.
 * Wrong codes, one-time or recovery, go through the {@link GuessThrottle} per account: after
 * {@value #FREE_GUESSES} in a row the account's codes are locked for 1 minute, then 2, 4 … 60.
 */
@Service
public class OneTimeCodes {

    /** RFC 4648 base 32, the form authenticator apps take a key in (written without padding). */
    private static final Base32 BASE32 = new Base32();

    public static final String ISSUER = "Sujarit";
    public static final int RECOVERY_CODES = 10;
    static final int FREE_GUESSES = 5;
    static final Policy POLICY = new Policy("second-factor", FREE_GUESSES,
            IntStream.rangeClosed(0, 6).mapToObj(i -> Duration.ofMinutes(Math.min(1L << i, 60))).toList());
    static final Duration STEP = Duration.ofSeconds(30);
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    /** How a typed code fared. */
    public sealed interface Check {
        record Accepted() implements Check {
        }

        record Wrong() implements Check {
        }

        record Locked(Duration remaining) implements Check {
            public long minutes() {
                return Math.max(1, (remaining.getSeconds() + 59) / 60);
            }
        }
    }

    /** Whether a person has one-time codes on, since when, and how many recovery codes are left. */
    public record Status(boolean active, Instant confirmedAt, int recoveryCodesLeft) {
    }

    /** A key being set up: shown as a QR code and as text, not yet confirmed. */
    public record Enrolment(String key, String uri, String qrSvg) {
        public String groupedKey() {
            return key.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private final JdbcClient jdbc;
    private final ContentKey contentKey;
    private final GuessThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, 6, "HmacSHA1");
    private final SecureRandom random = new SecureRandom();

    OneTimeCodes(JdbcClient jdbc, ContentKey contentKey, GuessThrottle throttle,
                 ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.contentKey = contentKey;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    public Status status(UUID userId) {
        Optional<Instant> confirmed = jdbc.sql("select confirmed_at from totp_key where user_id = ? and confirmed_at is not null")
                .param(userId).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
        int left = jdbc.sql("select count(*) from totp_recovery_code where user_id = ? and used_at is null")
                .param(userId).query(Integer.class).single();
        return new Status(confirmed.isPresent(), confirmed.orElse(null), confirmed.isPresent() ? left : 0);
    }

    public boolean active(UUID userId) {
        return jdbc.sql("select exists (select 1 from totp_key where user_id = ? and confirmed_at is not null)")
                .param(userId).query(Boolean.class).single();
    }

    /**
     * A new key to set up, or the one already being set up (so that reloading the page does not
     * change the QR code the person is scanning). Refused while codes are on: remove them first.
     */
    @Transactional
    public Enrolment start(UUID userId, String username) {
        if (active(userId)) {
            throw new RuleViolation("code", "totp.alreadyOn");
        }
        Optional<String> pending = pendingKey(userId);
        String key = pending.orElseGet(() -> {
            byte[] secret = new byte[20];
            random.nextBytes(secret);
            String fresh = BASE32.encodeToString(secret).replace("=", "");
            jdbc.sql("""
                    insert into totp_key (user_id, sealed_key) values (?, ?)
                    on conflict (user_id) do update set sealed_key = excluded.sealed_key, created_at = now(),
                        confirmed_at = null, last_step = null""")
                    .params(userId, contentKey.encryptText(fresh, context(userId))).update();
            return fresh;
        });
        return enrolment(username, key);
    }

    /** The key being set up, if any. */
    public Optional<Enrolment> pending(UUID userId, String username) {
        return pendingKey(userId).map(key -> enrolment(username, key));
    }

    /**
     * Confirms the key being set up with a first code and turns codes on; returns the ten recovery
     * codes, to be shown once.
     */
    @Transactional(noRollbackFor = RuleViolation.class)
    public List<String> confirm(UUID userId, String code, Actor actor) {
        String key = pendingKey(userId).orElseThrow(() -> new RuleViolation("code", "totp.noSetup"));
        Optional<Duration> locked = throttle.lockedFor(POLICY, userId.toString());
        if (locked.isPresent()) {
            throw new RuleViolation("code", "totp.locked");
        }
        OptionalStep step = matchingStep(key, code, null);
        if (step.step() == null) {
            throttle.failed(POLICY, userId.toString());
            throw new RuleViolation("code", "totp.wrong");
        }
        throttle.succeeded(POLICY, userId.toString());
        jdbc.sql("update totp_key set confirmed_at = ?, last_step = ? where user_id = ?")
                .params(Timestamp.from(clock.instant()), step.step(), userId).update();
        List<String> codes = replaceRecoveryCodes(userId);
        publish(userId, Change.TOTP_ADDED, actor);
        return codes;
    }

    /** Checks a one-time code of an account whose codes are on. */
    @Transactional
    public Check verify(UUID userId, String code) {
        Optional<Duration> locked = throttle.lockedFor(POLICY, userId.toString());
        if (locked.isPresent()) {
            return new Check.Locked(locked.get());
        }
        Optional<KeyRow> row = jdbc.sql("select sealed_key, last_step from totp_key where user_id = ? and confirmed_at is not null")
                .param(userId).query((rs, n) -> new KeyRow(rs.getBytes(1), (Long) rs.getObject(2))).optional();
        if (row.isPresent()) {
            String key = contentKey.decryptText(row.get().sealed(), context(userId));
            OptionalStep step = matchingStep(key, code, row.get().lastStep());
            // The update holds the rule under concurrency too: two requests with the same code, one wins.
            if (step.step() != null && jdbc.sql("update totp_key set last_step = ? where user_id = ? and (last_step is null or last_step < ?)")
                    .params(step.step(), userId, step.step()).update() == 1) {
                throttle.succeeded(POLICY, userId.toString());
                return new Check.Accepted();
            }
        }
        return wrong(userId);
    }

    /** Spends a recovery code: accepted once, refused ever after. */
    @Transactional
    public Check useRecoveryCode(UUID userId, String code, Actor actor) {
        Optional<Duration> locked = throttle.lockedFor(POLICY, userId.toString());
        if (locked.isPresent()) {
            return new Check.Locked(locked.get());
        }
        String clean = code == null ? "" : ThaiDigits.toArabic(code).replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!clean.isEmpty() && clean.length() <= 32 && active(userId)
                && jdbc.sql("update totp_recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null")
                .params(userId, recoveryHash(userId, clean)).update() == 1) {
            throttle.succeeded(POLICY, userId.toString());
            publish(userId, Change.RECOVERY_CODE_USED, actor);
            return new Check.Accepted();
        }
        return wrong(userId);
    }

    /** Ten new recovery codes in place of the old ones (used or not); to be shown once. */
    @Transactional
    public List<String> renewRecoveryCodes(UUID userId, Actor actor) {
        if (!active(userId)) {
            throw new RuleViolation("code", "totp.noSetup");
        }
        List<String> codes = replaceRecoveryCodes(userId);
        publish(userId, Change.RECOVERY_CODES_RENEWED, actor);
        return codes;
    }

    /** The person turns one-time codes off (their key and recovery codes are deleted). */
    @Transactional
    public void remove(UUID userId, Actor actor) {
        boolean wasOn = active(userId);
        deleteAll(userId);
        if (wasOn) {
            publish(userId, Change.TOTP_REMOVED, actor);
        }
    }

    /**
     * An admin removes all of a member's second factors: the key and recovery codes here; the
     * passkeys' module removes theirs on the same event ({@link Change#FACTORS_RESET}).
     */
    @Transactional
    public void reset(UUID userId, Actor actor) {
        deleteAll(userId);
        publish(userId, Change.FACTORS_RESET, actor);
    }

    /**
     * Turns codes on with a given key, already confirmed, when the account has none: the demo's
     * accounts (their keys are printed in the README) and tests. Never from a request.
     */
    @Transactional
    public void enrolConfirmed(UUID userId, String base32Key) {
        keyBytes(base32Key);
        jdbc.sql("""
                insert into totp_key (user_id, sealed_key, confirmed_at) values (?, ?, now())
                on conflict (user_id) do nothing""")
                .params(userId, contentKey.encryptText(base32Key.replace(" ", "").toUpperCase(Locale.ROOT), context(userId)))
                .update();
    }

    /** A key as people type it (RFC 4648 base 32; spaces, dashes and case do not matter); anything else fails. */
    private static byte[] keyBytes(String base32Key) {
        String clean = base32Key.replaceAll("[\\s-]", "").replace("=", "").toUpperCase(Locale.ROOT);
        if (clean.isEmpty() || !BASE32.isInAlphabet(clean)) {
            throw new IllegalArgumentException("Not a base-32 key");
        }
        return BASE32.decode(clean);
    }

    /** The code of a key at a moment; for the tests' and the demo's own use, and here. */
    public static String codeAt(String base32Key, Instant instant) {
        try {
            TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6, "HmacSHA1");
            return String.format("%06d", generator.generateOneTimePassword(
                    new SecretKeySpec(keyBytes(base32Key), "HmacSHA1"), instant));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time step of a moment. */
    public static long stepOf(Instant instant) {
        return instant.getEpochSecond() / STEP.getSeconds();
    }

    private Check wrong(UUID userId) {
        Optional<Duration> lock = throttle.failed(POLICY, userId.toString());
        return lock.<Check>map(Check.Locked::new).orElseGet(Check.Wrong::new);
    }

    private record KeyRow(byte[] sealed, Long lastStep) {
    }

    private record OptionalStep(Long step) {
    }

    /** The step, of the one before, now and the one after, whose code this is and that is newer than {@code after}. */
    private OptionalStep matchingStep(String key, String code, Long after) {
        // Typed as the phone shows it, or in Thai digits from a Thai keyboard (๑๒๓๔๕๖)
        String clean = code == null ? "" : ThaiDigits.toArabic(code).replaceAll("\\s", "");
        if (!clean.matches("[0-9]{6}")) {
            return new OptionalStep(null);
        }
        long now = stepOf(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (after != null && step <= after) {
                continue;
            }
            if (java.security.MessageDigest.isEqual(codeAt(key, Instant.ofEpochSecond(step * STEP.getSeconds()))
                    .getBytes(), clean.getBytes())) {
                return new OptionalStep(step);
            }
        }
        return new OptionalStep(null);
    }

    private Optional<String> pendingKey(UUID userId) {
        return jdbc.sql("select sealed_key from totp_key where user_id = ? and confirmed_at is null")
                .param(userId).query((rs, n) -> rs.getBytes(1)).optional()
                .map(sealed -> contentKey.decryptText(sealed, context(userId)));
    }

    private List<String> replaceRecoveryCodes(UUID userId) {
        jdbc.sql("delete from totp_recovery_code where user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            jdbc.sql("insert into totp_recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, recoveryHash(userId, code.toString())).update();
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    /**
     * Under the content key's lasting hash, not {@code guard.KeyedHash}: that one's key may be the
     * process's own (no {@code sujarit.rate-limit.key} set), and every code would stop working at the
     * next restart.
     */
    private byte[] recoveryHash(UUID userId, String cleanCode) {
        return contentKey.lastingHash("totp-recovery", userId + ":" + cleanCode);
    }

    private void deleteAll(UUID userId) {
        jdbc.sql("delete from totp_recovery_code where user_id = ?").param(userId).update();
        jdbc.sql("delete from totp_key where user_id = ?").param(userId).update();
    }

    private void publish(UUID userId, Change change, Actor actor) {
        UUID tenantId = jdbc.sql("select tenant_id from app_user where id = ?").param(userId)
                .query((rs, n) -> (UUID) rs.getObject(1)).optional().orElse(null);
        events.publishEvent(new StaffUserChanged(tenantId, userId, change, actor));
    }

    private Enrolment enrolment(String username, String key) {
        String label = ISSUER + ":" + username;
        String uri = "otpauth://totp/" + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                + "?secret=" + key + "&issuer=" + ISSUER + "&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(key, uri, QrSvg.of(uri));
    }

    private static String context(UUID userId) {
        return "totp-key:" + userId;
    }
}
