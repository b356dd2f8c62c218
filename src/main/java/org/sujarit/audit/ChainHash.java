package org.sujarit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash that links a row to its predecessor: SHA-256 over the row's fields, separated by the
 * ASCII unit separator, followed by the previous row's hash in hex. Time is in microseconds,
 * PostgreSQL's precision.
 */
final class ChainHash {

    static final byte[] GENESIS = new byte[32];
    private static final char SEPARATOR = '\u001F';

    private ChainHash() {
    }

    static byte[] of(UUID chainKey, long seq, long occurredAtMicros, UUID actorId, String actorLabel,
                     String action, String recordType, String recordId, byte[] previousHash) {
        String canonical = String.join(String.valueOf(SEPARATOR),
                chainKey.toString(), Long.toString(seq), Long.toString(occurredAtMicros),
                actorId == null ? "" : actorId.toString(), actorLabel, action, recordType, recordId,
                HexFormat.of().formatHex(previousHash));
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
