package org.sujarit.staff.passkey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.staff.factor.FactorKinds;
import org.sujarit.staff.factor.SecondFactorKind;

/**
 * A member of staff's own passkeys, as the account page shows and changes them: listed, renamed and
 * removed by their owner only (every statement names the owner's account, so another account's
 * passkey id finds nothing), and all removed when an admin resets the account's second factors.
 */
@Service
public class Passkeys implements SecondFactorKind {

    /** A passkey as its owner sees it: never the key or the credential id. */
    public record Passkey(UUID id, String label, Instant createdAt, Instant lastUsedAt, boolean synced) {
    }

    /** Passwords guessed on the removal form, per account: four free, then 1, 2, 4 … 60 minutes. */
    static final Policy REMOVAL_GUESSES = new Policy("passkey-removal", 4,
            IntStream.rangeClosed(0, 6).mapToObj(i -> Duration.ofMinutes(Math.min(1L << i, 60))).toList());

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final GuessThrottle guesses;
    private final FactorKinds factors;

    Passkeys(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, GuessThrottle guesses,
             FactorKinds factors) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.guesses = guesses;
        this.factors = factors;
    }

    /** A passkey is a second factor the gate knows of: who has one goes to the second-factor page. */
    @Override
    public boolean setUp(UUID userId) {
        return count(userId) > 0;
    }

    /**
     * Whether the account has any second factor (a passkey, one-time codes): then a new passkey is
     * added only by a session that passed one, so that a password alone cannot add an intruder's
     * passkey and walk past the owner's factor with it.
     */
    boolean anyFactorSetUp(UUID userId) {
        return factors.anySetUp(userId);
    }

    public List<Passkey> of(UUID userId) {
        return jdbc.sql("""
                select id, label, created_at, last_used_at, backup_eligible from passkey
                where user_id = ? order by created_at, id""").param(userId)
                .query((rs, n) -> new Passkey(rs.getObject("id", UUID.class), rs.getString("label"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_used_at") == null ? null : rs.getTimestamp("last_used_at").toInstant(),
                        rs.getBoolean("backup_eligible")))
                .list();
    }

    public int count(UUID userId) {
        return jdbc.sql("select count(*) from passkey where user_id = ?").param(userId).query(Integer.class).single();
    }

    public Optional<Passkey> find(UUID userId, UUID passkeyId) {
        return of(userId).stream().filter(p -> p.id().equals(passkeyId)).findFirst();
    }

    @Transactional
    public void rename(StaffPrincipal me, UUID passkeyId, String typed) {
        String label = PasskeyLabel.check(typed);
        int updated = jdbc.sql("update passkey set label = ? where id = ? and user_id = ?")
                .params(label, passkeyId, me.userId()).update();
        if (updated == 0) {
            throw new PasskeyNotFound();
        }
    }

    /**
     * Removes one of the owner's passkeys. Without a fresh second factor in the session the owner's
     * current password must be given: a session left open must not be enough to take a passkey away
     * (or to leave only the ones an intruder added).
     */
    @Transactional
    public void remove(StaffPrincipal me, UUID passkeyId, String password, boolean freshFactor) {
        if (!freshFactor) {
            String subject = me.userId().toString();
            if (guesses.lockedFor(REMOVAL_GUESSES, subject).isPresent()) {
                throw new RuleViolation("password", "passkey.remove.locked");
            }
            String hash = jdbc.sql("select password_hash from app_user where id = ?").param(me.userId())
                    .query(String.class).single();
            if (password == null || password.isEmpty() || !passwords.matches(password, hash)) {
                guesses.failed(REMOVAL_GUESSES, subject);
                throw new RuleViolation("password", "passkey.remove.wrongPassword");
            }
            guesses.succeeded(REMOVAL_GUESSES, subject);
        }
        int deleted = jdbc.sql("delete from passkey where id = ? and user_id = ?").params(passkeyId, me.userId()).update();
        if (deleted == 0) {
            throw new PasskeyNotFound();
        }
        events.publishEvent(new StaffUserChanged(tenantOf(me), me.userId(), Change.PASSKEY_REMOVED, me));
    }

    /** An admin reset the account's second factors: its passkeys go too, in the same transaction. */
    @EventListener
    void onReset(StaffUserChanged changed) {
        if (changed.change() == Change.FACTORS_RESET) {
            jdbc.sql("delete from passkey where user_id = ?").param(changed.userId()).update();
        }
    }

    static UUID tenantOf(StaffPrincipal principal) {
        return principal.hasTenant() ? principal.tenant().value() : null;
    }

    /** No passkey of this account has that id. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static final class PasskeyNotFound extends RuntimeException {
        PasskeyNotFound() {
            super("No such passkey of this account");
        }
    }
}
