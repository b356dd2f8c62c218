package org.sujarit.staff.roster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The secrets of invitations: to set a first password, and to answer a staff survey. A mailed link
 * carries 256 random bits; a printed code, typed by hand, 12 symbols of an alphabet without
 * look-alikes (0/O, 1/I/L) — 60 bits, which with the rate limit on attempts and a life of weeks
 * cannot be guessed. Only a SHA-256 hash is stored: with this much entropy a slow hash would add
 * nothing.
 */
public final class InvitationSecrets {

    public static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationSecrets() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A printed code, grouped by four for reading aloud: {@code K7QM-3RTX-WN9P}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed code as issued: upper case, without spaces or dashes. */
    public static String plainCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-–]", "").toUpperCase(Locale.ROOT);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
