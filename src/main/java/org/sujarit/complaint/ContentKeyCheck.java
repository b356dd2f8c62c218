package org.sujarit.complaint;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.shared.TenantId;

/**
 * At start-up, tells the operator when the content key file is not the one the database's
 * corruption reports were sealed with — a database restored, or moved, without its key file. The
 * application still starts (general complaints and everything else work, and staff see a notice on
 * each such report), but the operator has to know at once: reports filed from now on are sealed
 * under the key at hand, which the backed-up key file will not open.
 */
@Component
class ContentKeyCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ContentKeyCheck.class);

    /** The predicate of the partial index {@code complaint_case_sealed} (V52), written the same way. */
    static final String SEALED_PREDICATE = "subject like '" + Sealer.SEALED + "%'";

    private final JdbcClient jdbc;
    private final ContentKey contentKey;

    ContentKeyCheck(JdbcClient jdbc, ContentKey contentKey) {
        this.jdbc = jdbc;
        this.contentKey = contentKey;
    }

    @Override
    public void run(ApplicationArguments args) {
        // One sealed report, found through the partial index complaint_case_sealed (V52), whose
        // predicate this one repeats literally: a database with none answers at once too.
        jdbc.sql("select tenant_id, id, subject from complaint_case where " + SEALED_PREDICATE + " limit 1")
                .query((rs, n) -> {
                    Sealer opener = Sealer.opener(contentKey, new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class));
                    opener.open(rs.getString(3), "subject");
                    return opener.unopened();
                })
                .optional()
                .filter(unopened -> unopened)
                .ifPresent(unopened -> log.error("""
                        The content key file (SUJARIT_VAULT_KEY_FILE) is not the key this database's corruption reports were \
                        sealed with: their texts and files cannot be read, and staff see a notice saying so. Stop the \
                        application, put back the content key file backed up with this database (and the escrow key, see \
                        docs/deployment.md, "Key files and their backups"), and start it again. Reports filed before then are \
                        sealed under the key file now in place."""));
    }
}
