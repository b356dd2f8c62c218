package org.sujarit.infrastructure.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The content key K_c: AES-256-GCM under a key kept in a file outside the database, so that a
 * dump or a backup of the database alone holds only ciphertext. Every value gets its own random
 * nonce, and its context (tenant, record, field) as associated data, so that ciphertexts cannot be
 * moved between rows or fields.
 */
@Component
public class ContentKey {

    private final SecretKeySpec key;
    private final SecretKeySpec hashKey;

    ContentKey(@Value("${sujarit.vault.key-file:data/keys/content.key}") Path file) {
        byte[] bytes = KeyFiles.readOrCreate(file, () -> {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            return fresh;
        });
        if (bytes.length != 32) {
            throw new IllegalStateException("The content key file " + file + " must hold 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.hashKey = new SecretKeySpec(hmac(new SecretKeySpec(bytes, "HmacSHA256"), "sujarit keyed hash v1", null),
                "HmacSHA256");
    }

    /**
     * A keyed hash that lasts: HMAC-SHA-256 under a key derived from the content key file, for a
     * value that must be found again after a restart, on every instance, but never read back from
     * the database (a citizen ID that names a person at an identity provider). Unlike
     * {@code guard.KeyedHash}, whose key may be the process's own, this one survives restarts; like
     * every value under the content key, it is lost with the key file.
     */
    public byte[] lastingHash(String domain, String text) {
        return hmac(hashKey, domain, text == null ? "" : text);
    }

    private static byte[] hmac(SecretKeySpec key, String first, String second) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(first.getBytes(StandardCharsets.UTF_8));
            if (second != null) {
                mac.update((byte) 0);
                mac.update(second.getBytes(StandardCharsets.UTF_8));
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    public byte[] encrypt(byte[] plain, String context) {
        return plain == null ? null : Gcm.encrypt(key, plain, context.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws {@link SealedUnderAnotherKey} when {@code sealed} was not sealed under this key (and context). */
    public byte[] decrypt(byte[] sealed, String context) {
        if (sealed == null) {
            return null;
        }
        try {
            return Gcm.decrypt(key, sealed, context.getBytes(StandardCharsets.UTF_8));
        } catch (Gcm.WrongKey e) {
            throw new SealedUnderAnotherKey();
        }
    }

    public byte[] encryptText(String plain, String context) {
        return plain == null ? null : encrypt(plain.getBytes(StandardCharsets.UTF_8), context);
    }

    public String decryptText(byte[] sealed, String context) {
        return sealed == null ? null : new String(decrypt(sealed, context), StandardCharsets.UTF_8);
    }
}
