package org.sujarit.staff.provider;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.audit.Actor;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;

/**
 * Identities at providers linked to accounts. The subject is kept as the provider sends it, or,
 * when the provider's subject is a citizen ID, only as a keyed hash (HMAC-SHA-256 under a key
 * derived from the content key file, {@link ContentKey#lastingHash}, in a domain naming the
 * provider): a stolen database then gives back no citizen ID, and the hash is the same after every
 * restart and on every instance. A link is made only by {@link #link} — through an invitation or by the signed-in person —
 * and only to an account the provider serves (a tenant's provider links only that tenant's
 * accounts).
 */
@Component
public class Identities {

    /** The account an identity is linked to. */
    record Account(UUID userId, UUID tenantId, String username, boolean active) {
    }

    /** One identity of an account, for the account page. */
    public record Linked(String registrationId, String nameTh, String nameEn, Instant linkedAt) {
    }

    private final JdbcClient jdbc;
    private final ContentKey contentKey;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Identities(JdbcClient jdbc, ContentKey contentKey, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.contentKey = contentKey;
        this.events = events;
        this.clock = clock;
    }

    /** How the subject is kept for this provider. */
    String keyOf(Provider provider, String subject) {
        if (!provider.subjectIsCitizenId()) {
            return subject;
        }
        return "hmac:" + HexFormat.of().formatHex(contentKey.lastingHash("sign-in-identity:" + provider.id(), subject.strip()));
    }

    Optional<Account> accountOf(Provider provider, String subjectKey) {
        return jdbc.sql("""
                select u.id, u.tenant_id, u.username, u.active from staff_identity i join app_user u on u.id = i.user_id
                where i.provider_id = ? and i.subject_key = ?""")
                .params(provider.id(), subjectKey)
                .query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("username"), rs.getBoolean("active")))
                .optional();
    }

    Optional<Account> account(UUID userId) {
        return jdbc.sql("select id, tenant_id, username, active from app_user where id = ?").param(userId)
                .query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("username"), rs.getBoolean("active")))
                .optional();
    }

    /**
     * Links the identity to the account. Refused when the provider does not serve the account's
     * tenant, when the identity is linked to another account, or when the account has an identity
     * at this provider already.
     */
    @Transactional
    void link(Provider provider, String subjectKey, Account account, Actor actor) {
        if (!provider.serves(account.tenantId()) || !account.active()) {
            throw new RuleViolation(null, "provider.problem.wrongTenant");
        }
        try {
            jdbc.sql("insert into staff_identity (provider_id, subject_key, user_id, linked_at) values (?, ?, ?, ?)")
                    .params(provider.id(), subjectKey, account.userId(), Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation(null, "provider.problem.alreadyLinked");
        }
        events.publishEvent(new StaffUserChanged(account.tenantId(), account.userId(), Change.IDENTITY_LINKED, actor));
    }

    /** Unlinks this account's identity at the provider; false when it had none. */
    @Transactional
    public boolean unlink(UUID userId, UUID tenantId, String registrationId, Actor actor) {
        int removed = jdbc.sql("""
                delete from staff_identity i using sign_in_provider p
                where i.provider_id = p.id and p.registration_id = ? and i.user_id = ?""")
                .params(registrationId, userId).update();
        if (removed > 0) {
            events.publishEvent(new StaffUserChanged(tenantId, userId, Change.IDENTITY_UNLINKED, actor));
        }
        return removed > 0;
    }

    @Transactional(readOnly = true)
    public List<Linked> of(UUID userId) {
        return jdbc.sql("""
                select p.registration_id, p.name_th, p.name_en, i.linked_at from staff_identity i
                join sign_in_provider p on p.id = i.provider_id where i.user_id = ? order by p.name_th""")
                .param(userId)
                .query((rs, n) -> new Linked(rs.getString("registration_id"), rs.getString("name_th"),
                        rs.getString("name_en"), rs.getTimestamp("linked_at").toInstant()))
                .list();
    }
}
