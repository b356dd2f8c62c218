package org.sujarit.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lasting hash is the same for the same key file, in every process, and differs by domain and key. */
class ContentKeyTest {

    @TempDir Path keys;

    @Test
    void theLastingHashSurvivesARestartAndDependsOnTheKeyFileAndTheDomain() throws Exception {
        Path file = keys.resolve("content.key");
        byte[] first = new ContentKey(file).lastingHash("provider-subject", "1101700012345");
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(new ContentKey(file).lastingHash("provider-subject", "1101700012345")).isEqualTo(first);
        assertThat(new ContentKey(file).lastingHash("recovery-code", "1101700012345")).isNotEqualTo(first);
        assertThat(new ContentKey(keys.resolve("other.key")).lastingHash("provider-subject", "1101700012345"))
                .isNotEqualTo(first);
        assertThat(first).hasSize(32);
    }
}
