package org.sujarit.staff.roster;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.audit.Actor;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.PasswordPolicy;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.staff.StaffUserNotFound;
import org.sujarit.tenant.UnitId;

/**
 * Invitations to set a first password: a link by e-mail, or a code printed on paper for staff
 * without e-mail. One live invitation per account — issuing another replaces it, and the old one
 * stops working; each works once and for {@code sujarit.staff.invitation-validity} (14 days).
 * Attempts are rate-limited by the page that takes them (a refused attempt must still count, so
 * the count is kept outside these transactions).
 */
@Service
public class Invitations {

    public enum Kind { MAIL, PRINTED }

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    /** A fresh invitation; {@code secret} is shown or sent once and kept nowhere. */
    public record Issued(UUID userId, String displayName, String username, UnitId unitId, String email, Kind kind,
                         String secret, Instant expiresAt) {

        public LocalDate expiresOn() {
            return LocalDate.ofInstant(expiresAt, BANGKOK);
        }
    }

    /** An account of the tenant that has not set its password yet, with its live invitation if any. */
    public record Awaiting(UUID userId, String displayName, String username, UnitId unitId, String email,
                           Kind kind, Instant expiresAt) {

        public boolean live(Instant now) {
            return kind != null && expiresAt.isAfter(now);
        }

        public LocalDate expiresOn() {
            return expiresAt == null ? null : LocalDate.ofInstant(expiresAt, BANGKOK);
        }
    }

    private record Holder(UUID userId, UUID tenantId, String username, byte[] secretHash) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;

    Invitations(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
                @Value("${sujarit.staff.invitation-validity:P14D}") Duration validity) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
    }

    /** Active accounts without a password yet, by name. */
    @Transactional(readOnly = true)
    public List<Awaiting> awaiting(TenantId tenant) {
        return jdbc.sql("""
                select u.id, u.display_name, u.username, u.unit_id, u.email, i.kind, i.expires_at
                from app_user u left join account_invitation i on i.user_id = u.id and i.used_at is null
                where u.tenant_id = ? and u.active and u.password_hash is null
                order by u.display_name, u.username""")
                .param(tenant.value())
                .query((rs, n) -> {
                    UUID unit = rs.getObject("unit_id", UUID.class);
                    String kind = rs.getString("kind");
                    Timestamp expires = rs.getTimestamp("expires_at");
                    return new Awaiting(rs.getObject("id", UUID.class), rs.getString("display_name"),
                            rs.getString("username"), unit == null ? null : new UnitId(unit), rs.getString("email"),
                            kind == null ? null : Kind.valueOf(kind), expires == null ? null : expires.toInstant());
                }).list();
    }

    /**
     * Issues an invitation to one active account of the tenant, replacing any earlier one: a link
     * for an account with e-mail when {@code kind} is MAIL, else a printed code.
     */
    @Transactional
    public Issued issue(TenantId tenant, UUID userId, Kind kind) {
        Awaiting account = jdbc.sql("""
                select id, display_name, username, unit_id, email from app_user
                where tenant_id = ? and id = ? and active""")
                .params(tenant.value(), userId)
                .query((rs, n) -> {
                    UUID unit = rs.getObject("unit_id", UUID.class);
                    return new Awaiting(rs.getObject("id", UUID.class), rs.getString("display_name"),
                            rs.getString("username"), unit == null ? null : new UnitId(unit), rs.getString("email"),
                            null, null);
                })
                .optional().orElseThrow(() -> new StaffUserNotFound(userId));
        if (kind == Kind.MAIL && account.email() == null) {
            throw new RuleViolation(null, "invitation.noEmail");
        }
        String secret = kind == Kind.MAIL ? InvitationSecrets.newToken() : InvitationSecrets.newCode();
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        byte[] hash = InvitationSecrets.hash(kind == Kind.MAIL ? secret : InvitationSecrets.plainCode(secret));
        jdbc.sql("""
                insert into account_invitation (user_id, tenant_id, kind, secret_hash, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set kind = excluded.kind, secret_hash = excluded.secret_hash,
                    issued_at = excluded.issued_at, expires_at = excluded.expires_at, used_at = null""")
                .params(userId, tenant.value(), kind.name(), hash, Timestamp.from(now), Timestamp.from(expires))
                .update();
        events.publishEvent(new InvitationChanged(tenant.value(), userId,
                kind == Kind.MAIL ? InvitationChanged.Change.MAILED : InvitationChanged.Change.PRINTED, null));
        return new Issued(userId, account.displayName(), account.username(), account.unitId(), account.email(), kind,
                secret, expires);
    }

    /** The user name a mailed link is for, while it still works. */
    @Transactional(readOnly = true)
    public Optional<String> usernameOfLink(String token) {
        return byToken(token).map(Holder::username);
    }

    /** Sets the first password through a mailed link; the link then stops working. */
    @Transactional
    public void acceptLink(String token, String password) {
        Holder holder = byToken(token).orElseThrow(() -> new RuleViolation(null, "invitation.invalid"));
        accept(holder, password);
    }

    /** An account invited by a mailed link that still works: who, of which tenant. */
    public record Invited(UUID userId, UUID tenantId, String username) {
    }

    /** The account a mailed link is for, while it still works (issue 18: to link a sign-in identity instead). */
    @Transactional(readOnly = true)
    public Optional<Invited> invitedByLink(String token) {
        return byToken(token).map(h -> new Invited(h.userId(), h.tenantId(), h.username()));
    }

    /**
     * Uses up a mailed link without setting a password: the person linked an identity at a
     * sign-in provider instead (issue 18). Call it in the transaction that makes the link.
     */
    @Transactional
    public Invited acceptLinkWithoutPassword(String token) {
        Holder holder = byToken(token).orElseThrow(() -> new RuleViolation(null, "invitation.invalid"));
        int used = jdbc.sql("update account_invitation set used_at = ? where user_id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), holder.userId()).update();
        if (used != 1) {
            throw new RuleViolation(null, "invitation.invalid");
        }
        Actor self = new Self(holder.userId(), holder.username());
        events.publishEvent(new InvitationChanged(holder.tenantId(), holder.userId(), InvitationChanged.Change.ACCEPTED, self));
        return new Invited(holder.userId(), holder.tenantId(), holder.username());
    }

    /** Sets the first password with a printed code and the user name it was printed with. */
    @Transactional
    public void acceptCode(String username, String code, String password) {
        String plain = InvitationSecrets.plainCode(code);
        Holder holder = live("u.username = ? and i.kind = 'PRINTED'", username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(h -> MessageDigest.isEqual(h.secretHash(), InvitationSecrets.hash(plain)))
                .orElseThrow(() -> new RuleViolation("code", "invitation.codeWrong"));
        accept(holder, password);
    }

    private void accept(Holder holder, String password) {
        PasswordPolicy.problem(holder.username(), password).ifPresent(key -> {
            throw new RuleViolation("password", key);
        });
        int used = jdbc.sql("update account_invitation set used_at = ? where user_id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), holder.userId()).update();
        if (used != 1) {
            throw new RuleViolation(null, "invitation.invalid");
        }
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = false, password_changed_at = now()
                where id = ?""").params(passwords.encode(password), holder.userId()).update();
        Actor self = new Self(holder.userId(), holder.username());
        events.publishEvent(new InvitationChanged(holder.tenantId(), holder.userId(), InvitationChanged.Change.ACCEPTED, self));
        events.publishEvent(new StaffUserChanged(holder.tenantId(), holder.userId(), Change.PASSWORD_CHANGED, self));
    }

    private Optional<Holder> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return live("i.secret_hash = ? and i.kind = 'MAIL'", InvitationSecrets.hash(token.strip()));
    }

    private Optional<Holder> live(String condition, Object value) {
        return jdbc.sql("""
                select u.id, u.tenant_id, u.username, i.secret_hash from account_invitation i join app_user u on u.id = i.user_id
                where u.active and i.used_at is null and i.expires_at > ?""" + " and " + condition)
                .params(Timestamp.from(clock.instant()), value)
                .query((rs, n) -> new Holder(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        rs.getString("username"), rs.getBytes("secret_hash")))
                .optional();
    }

    private record Self(UUID actorId, String actorLabel) implements Actor {
    }
}
