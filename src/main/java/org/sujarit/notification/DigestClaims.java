package org.sujarit.notification;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-digest-per-person-per-day rule, kept by the database: whichever instance inserts the
 * day's row first sends, and every other instance finds it taken.
 */
@Repository
class DigestClaims {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DigestClaims(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Commits at once, outside any transaction, so that other instances see the claim. */
    boolean claim(Digest digest, LocalDate day) {
        return jdbc.sql("""
                insert into notification_digest (user_id, day, tenant_id, item_count) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(digest.recipient().id(), day, digest.recipient().tenantId().value(), digest.items().size())
                .update() == 1;
    }

    /** Sending failed: a later run may try again. */
    void release(Digest digest, LocalDate day) {
        jdbc.sql("delete from notification_digest where user_id = ? and day = ? and sent_at is null")
                .params(digest.recipient().id(), day).update();
    }

    @Transactional
    void markSent(Digest digest, LocalDate day) {
        jdbc.sql("update notification_digest set sent_at = now() where user_id = ? and day = ?")
                .params(digest.recipient().id(), day).update();
        events.publishEvent(new DigestSent(digest.recipient().tenantId().value(), digest.recipient().id()));
    }
}
