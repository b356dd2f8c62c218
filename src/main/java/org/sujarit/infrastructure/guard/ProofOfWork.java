package org.sujarit.infrastructure.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proof-of-work challenges for the anonymous forms (complaints, case look-ups, surveys). A challenge is
 * {@code nonce.issued.expires.bits.mac}: a random nonce, when it was issued and when it expires (epoch
 * milliseconds), the difficulty, and an HMAC-SHA-256 of all that under a key from {@code sujarit.pow.key}
 * (base64; several instances must share it) or, unset, a random key of this process. The browser
 * finds a counter such that SHA-256(challenge followed by the counter in decimal) starts with
 * {@code bits} zero bits. A challenge is spent once, in PostgreSQL, so it holds across instances.
 */
@Component
public class ProofOfWork {

    /** A challenge as the form carries it. */
    public record Challenge(String token, int bits) {
    }

    /** What a challenge tells once its signature is checked. */
    public record Issued(String token, Instant issuedAt, Instant expiresAt, int bits, byte[] mac) {

        /** The challenge again, as a form that is shown once more carries it. */
        public Challenge challenge() {
            return new Challenge(token, bits);
        }
    }

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Duration LIFETIME = Duration.ofHours(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KeyedHash key;
    private final SecureRandom random = new SecureRandom();
    private final int bits;

    public ProofOfWork(JdbcClient jdbc, Clock clock, @Value("${sujarit.pow.key:}") String key,
                @Value("${sujarit.complaints.pow-bits:19}") int bits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bits = bits;
        this.key = new KeyedHash(key);
    }

    public Challenge issue() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        Instant now = clock.instant();
        String body = BASE64.encodeToString(nonce) + "." + now.toEpochMilli() + "." + now.plus(LIFETIME).toEpochMilli()
                + "." + bits;
        return new Challenge(body + "." + BASE64.encodeToString(mac(body)), bits);
    }

    /** The challenge when this server signed it and it has not expired; else null. */
    public Issued read(String token) {
        if (token == null || token.length() > 200) {
            return null;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5) {
            return null;
        }
        try {
            byte[] mac = Base64.getUrlDecoder().decode(parts[4]);
            if (!MessageDigest.isEqual(mac, mac(token.substring(0, token.lastIndexOf('.'))))) {
                return null;
            }
            Instant expires = Instant.ofEpochMilli(Long.parseLong(parts[2]));
            if (!clock.instant().isBefore(expires)) {
                return null;
            }
            return new Issued(token, Instant.ofEpochMilli(Long.parseLong(parts[1])), expires, Integer.parseInt(parts[3]), mac);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the counter solves the challenge at the difficulty it was issued with. */
    public static boolean solves(Issued challenge, String counter) {
        if (counter == null || !counter.matches("[0-9]{1,12}")) {
            return false;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(challenge.token().getBytes(StandardCharsets.US_ASCII));
            return leadingZeroBits(sha.digest(counter.getBytes(StandardCharsets.US_ASCII))) >= challenge.bits();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b != 0) {
                return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
            }
            zeros += 8;
        }
        return zeros;
    }

    /** Marks the challenge spent; false when it already was, on this instance or another. */
    public boolean spend(Issued challenge) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("delete from complaint_challenge_spent where expires_at < ?").param(now).update();
        return jdbc.sql("insert into complaint_challenge_spent (challenge, expires_at) values (?, ?) on conflict do nothing")
                .params(challenge.mac(), Timestamp.from(challenge.expiresAt())).update() == 1;
    }

    private byte[] mac(String body) {
        return key.mac(body);
    }
}
