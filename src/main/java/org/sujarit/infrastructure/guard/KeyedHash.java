package org.sujarit.infrastructure.guard;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 under a key from {@code sujarit.rate-limit.key} (base64; several instances must
 * share it) or, unset, a random key of this process: what must be counted — an address, a typed
 * case number, a user name — without being kept where a stolen database gives it back.
 */
@Component
public class KeyedHash {

    private final SecretKeySpec key;

    /** A keyed hash under a base64 key; a blank key gives a random key of this process. */
    public KeyedHash(@Value("${sujarit.rate-limit.key:}") String key) {
        byte[] bytes;
        if (key == null || key.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = Base64.getDecoder().decode(key.strip());
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The HMAC of a text as it is, e.g. to sign a token. */
    public byte[] mac(String text) {
        return of(null, text);
    }

    /** The keyed hash of a text in a domain (e.g. {@code "login"}), so equal texts of two domains differ. */
    public byte[] of(String domain, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            if (domain != null) {
                mac.update(domain.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return mac.doFinal((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
