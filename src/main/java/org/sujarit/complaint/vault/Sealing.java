package org.sujarit.complaint.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import javax.crypto.KeyAgreement;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.sujarit.infrastructure.crypto.Gcm;

/**
 * Public-key sealing of identities and passphrase wrapping of the vault's private key.
 * <ul>
 * <li>seal: an ephemeral X25519 key agrees a secret with the recipient's public key; HKDF-SHA256
 * over it (salted with both public keys) gives an AES-256-GCM key. Only the recipient's private
 * key opens the result.</li>
 * <li>wrap: AES-256-GCM under a key derived from a passphrase by Argon2id (64 MiB, 3 passes).</li>
 * </ul>
 */
final class Sealing {

    static final int ARGON2_MEMORY_KIB = 64 * 1024;
    static final int ARGON2_PASSES = 3;
    private static final byte[] INFO = "sujarit identity vault v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealing() {
    }

    /** A new X25519 key pair: the X.509 public key and the PKCS#8 private key. */
    static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("X25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 unavailable", e);
        }
    }

    static byte[] seal(byte[] recipientPublicKey, byte[] plain, String context) {
        try {
            PublicKey recipient = KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(recipientPublicKey));
            KeyPair ephemeral = keyPair();
            byte[] ephemeralPublic = ephemeral.getPublic().getEncoded();
            SecretKeySpec key = derive(ephemeral.getPrivate(), recipient, ephemeralPublic, recipientPublicKey);
            byte[] sealed = Gcm.encrypt(key, plain, context.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(2 + ephemeralPublic.length + sealed.length)
                    .putShort((short) ephemeralPublic.length).put(ephemeralPublic).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    static byte[] open(byte[] recipientPrivateKey, byte[] recipientPublicKey, byte[] blob, String context) {
        try {
            ByteBuffer in = ByteBuffer.wrap(blob);
            byte[] ephemeralPublic = new byte[in.getShort()];
            in.get(ephemeralPublic);
            byte[] sealed = Arrays.copyOfRange(blob, in.position(), blob.length);
            KeyFactory x25519 = KeyFactory.getInstance("X25519");
            PrivateKey mine = x25519.generatePrivate(new PKCS8EncodedKeySpec(recipientPrivateKey));
            SecretKeySpec key = derive(mine, x25519.generatePublic(new X509EncodedKeySpec(ephemeralPublic)), ephemeralPublic,
                    recipientPublicKey);
            return Gcm.decrypt(key, sealed, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Opening failed", e);
        }
    }

    private static SecretKeySpec derive(PrivateKey mine, PublicKey theirs, byte[] ephemeralPublic, byte[] recipientPublic)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(mine);
        agreement.doPhase(theirs, true);
        byte[] shared = agreement.generateSecret();
        byte[] salt = ByteBuffer.allocate(ephemeralPublic.length + recipientPublic.length).put(ephemeralPublic)
                .put(recipientPublic).array();
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(shared, salt, INFO));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        Arrays.fill(shared, (byte) 0);
        return new SecretKeySpec(key, "AES");
    }

    static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    static byte[] wrap(String passphrase, byte[] salt, byte[] secret, String context) {
        return Gcm.encrypt(passphraseKey(passphrase, salt), secret, context.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws {@link Gcm.WrongKey} when the passphrase is wrong. */
    static byte[] unwrap(String passphrase, byte[] salt, byte[] wrapped, String context) {
        return Gcm.decrypt(passphraseKey(passphrase, salt), wrapped, context.getBytes(StandardCharsets.UTF_8));
    }

    private static SecretKeySpec passphraseKey(String passphrase, byte[] salt) {
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withSalt(salt).withMemoryAsKB(ARGON2_MEMORY_KIB)
                .withIterations(ARGON2_PASSES).withParallelism(1).build());
        byte[] key = new byte[32];
        argon2.generateBytes(passphrase.getBytes(StandardCharsets.UTF_8), key);
        return new SecretKeySpec(key, "AES");
    }
}
