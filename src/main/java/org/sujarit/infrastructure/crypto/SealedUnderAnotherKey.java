package org.sujarit.infrastructure.crypto;

/**
 * A value sealed under a content key other than this server's: the database was restored, or
 * moved, without the content key file it was written with (docs/deployment.md, "Key files and
 * their backups"). Nothing is wrong with the value; the right key file opens it again.
 */
public final class SealedUnderAnotherKey extends RuntimeException {

    SealedUnderAnotherKey() {
        super("Sealed under another content key", null, false, false);
    }
}
