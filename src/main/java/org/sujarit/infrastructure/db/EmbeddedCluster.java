package org.sujarit.infrastructure.db;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded PostgreSQL while it runs; stopping it is the last step of the application's shutdown. */
final class EmbeddedCluster {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);

    private final EmbeddedPostgres postgres;

    EmbeddedCluster(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    /** A fast shutdown (pg_ctl stop -m fast): a checkpoint, then the server exits. */
    void stop() throws IOException {
        long started = System.nanoTime();
        log.info("Stopping the embedded PostgreSQL");
        postgres.close();
        log.info("The embedded PostgreSQL stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
