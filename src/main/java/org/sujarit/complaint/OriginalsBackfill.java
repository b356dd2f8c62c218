package org.sujarit.complaint;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.BackfillRepository.AttachmentKey;
import org.sujarit.complaint.BackfillRepository.KeptFile;
import org.sujarit.infrastructure.files.ImageMetadata;

/**
 * At start-up, cleans the originals of photos kept before originals were kept without their metadata:
 * each keeps its image data as sent, without who took it, with what and where (an original whose
 * structure cannot be followed is dropped; the re-encoded copy remains). Runs after
 * {@link VaultBackfill}, and keeps what is under the content key under it. A migration cannot do it:
 * the content key is not in the database.
 */
@Component
@Order(1)
class OriginalsBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OriginalsBackfill.class);

    private final BackfillRepository repository;
    private final TransactionTemplate transaction;

    OriginalsBackfill(BackfillRepository repository, TransactionTemplate transaction) {
        this.repository = repository;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var files = repository.uncleanedOriginals();
        for (AttachmentKey file : files) {
            try {
                transaction.executeWithoutResult(status -> repository.keptFile(file).ifPresent(kept -> clean(file, kept)));
            } catch (RuntimeException e) {
                log.error("The original of file {} could not be cleaned ({}); the next start tries again", file.id(),
                        e.getClass().getSimpleName());
            }
        }
        if (!files.isEmpty()) {
            log.info("Cleaned the metadata out of {} photos kept as sent", files.size());
        }
    }

    private void clean(AttachmentKey file, KeptFile kept) {
        byte[] original = kept.original() == null ? null : ImageMetadata.strip(kept.original(), kept.contentType()).orElse(null);
        repository.replaceOriginal(file, kept, original, CheckedFile.sha256(original == null ? kept.content() : original));
    }
}
