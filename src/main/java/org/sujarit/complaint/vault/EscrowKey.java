package org.sujarit.complaint.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.crypto.KeyFiles;

/**
 * The platform's escrow key: identities filed to a tenant that has no vault yet are sealed to its
 * public key, and re-sealed to the tenant's vault when the first custodian sets it up — if the
 * private key file is there then. The operator may keep the private key file offline and bring it
 * back only for that moment (docs/threat-model.md).
 */
@Component
class EscrowKey {

    private final byte[] publicKey;
    private final Path privateKeyFile;

    EscrowKey(@Value("${sujarit.vault.escrow-key-file:data/keys/escrow.key}") Path privateKeyFile) {
        this.privateKeyFile = privateKeyFile;
        Path publicKeyFile = privateKeyFile.resolveSibling(privateKeyFile.getFileName() + ".pub");
        try {
            if (!Files.exists(publicKeyFile)) {
                KeyPair pair = Sealing.keyPair();
                KeyFiles.write(privateKeyFile, pair.getPrivate().getEncoded());
                KeyFiles.write(publicKeyFile, pair.getPublic().getEncoded());
            }
            this.publicKey = Files.readAllBytes(publicKeyFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the escrow key " + publicKeyFile, e);
        }
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    /** The private key, when its file is on this machine. */
    Optional<byte[]> privateKey() {
        try {
            return Files.isReadable(privateKeyFile) ? Optional.of(Files.readAllBytes(privateKeyFile)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
