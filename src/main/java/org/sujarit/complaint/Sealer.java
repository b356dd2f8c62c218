package org.sujarit.complaint;

import java.util.Base64;
import java.util.UUID;

import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.infrastructure.crypto.SealedUnderAnotherKey;
import org.sujarit.shared.TenantId;

/**
 * A case's text and files as stored: under the content key when the case's channel seals at rest
 * ({@link Channel#sealsAtRest()}), as typed otherwise. The tenant, the case and the field are the
 * associated data of each sealed value, so that a value copied to another field or case does not
 * open. Opening works on every case: what was stored before sealing, or on a channel that does not
 * seal, has no mark and is returned as it is. A text sealed under another content key (a database
 * restored without its key file) opens as null, and the opener remembers it ({@link #unopened()}),
 * so that lists and pages still show the rest and say why the text is missing.
 */
final class Sealer {

    /** Marks a value stored under the content key. */
    static final String SEALED = "sealed:v1:";

    private final ContentKey key;
    private final TenantId tenant;
    private final UUID caseId;
    private final boolean sealing;
    private boolean unopened;

    private Sealer(ContentKey key, TenantId tenant, UUID caseId, boolean sealing) {
        this.key = key;
        this.tenant = tenant;
        this.caseId = caseId;
        this.sealing = sealing;
    }

    /** Seals what is written to a case on {@code channel}, and opens what is read. */
    static Sealer of(ContentKey key, TenantId tenant, UUID caseId, Channel channel) {
        return new Sealer(key, tenant, caseId, channel.sealsAtRest());
    }

    /** Opens what is read of a case; seals nothing. */
    static Sealer opener(ContentKey key, TenantId tenant, UUID caseId) {
        return new Sealer(key, tenant, caseId, false);
    }

    boolean sealing() {
        return sealing;
    }

    String text(String plain, String field) {
        return !sealing || plain == null ? plain
                : SEALED + Base64.getEncoder().encodeToString(key.encryptText(plain, context(field)));
    }

    String open(String stored, String field) {
        if (stored == null || !stored.startsWith(SEALED)) {
            return stored;
        }
        try {
            return key.decryptText(Base64.getDecoder().decode(stored.substring(SEALED.length())), context(field));
        } catch (SealedUnderAnotherKey e) {
            unopened = true;
            return null;
        }
    }

    /** Whether a text this opener was asked for is sealed under another content key, and was given as null. */
    boolean unopened() {
        return unopened;
    }

    /** A file's bytes as stored: encrypted when sealing ({@code field}: its content or its original). */
    byte[] file(byte[] content, UUID attachmentId, String field) {
        return !sealing || content == null ? content : key.encrypt(content, fileContext(attachmentId, field));
    }

    byte[] openFile(byte[] stored, boolean encrypted, UUID attachmentId, String field) {
        return !encrypted || stored == null ? stored : key.decrypt(stored, fileContext(attachmentId, field));
    }

    /** Encrypts a file that was stored in plain before its case's files were sealed. */
    byte[] sealFile(byte[] plain, UUID attachmentId, String field) {
        return plain == null ? null : key.encrypt(plain, fileContext(attachmentId, field));
    }

    /** Encrypts a text that was stored in plain before its case's text was sealed. */
    String sealText(String plain, String field) {
        return plain == null || plain.startsWith(SEALED) ? plain
                : SEALED + Base64.getEncoder().encodeToString(key.encryptText(plain, context(field)));
    }

    private String context(String field) {
        return "case|" + tenant.value() + "|" + caseId + "|" + field;
    }

    private String fileContext(UUID attachmentId, String field) {
        return "attachment|" + tenant.value() + "|" + caseId + "|" + attachmentId + "|" + field;
    }
}
