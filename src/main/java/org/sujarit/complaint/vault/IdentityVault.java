package org.sujarit.complaint.vault;

import java.security.KeyPair;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.infrastructure.crypto.Gcm;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The identity vault of the corruption channel. A reporter's identity is sealed to the tenant's
 * vault public key; the private key exists only wrapped under each custodian's vault passphrase.
 * Staff ask for an identity with a reason; a custodian approves with the passphrase, which opens
 * the identity in memory and re-encrypts it under the content key for that one requester until
 * the grant expires. Every request, decision and view goes to the audit trail.
 *
 * <p>Over 300 lines on purpose: every path on which the vault's private key or a revealed identity
 * exists in memory — sealing, setting up, adding a custodian, approving, re-sealing the escrowed
 * identities — is in this one file, so that a security review of the threat model reads one class.
 */
@Service
public class IdentityVault {

    public static final int MIN_PASSPHRASE = 12;
    static final int FAILURE_LIMIT = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    /** Wrong passphrases of one custodian: four are free, the fifth and each further one lock them out {@link #LOCK}. */
    static final Policy UNLOCKING = new Policy("vault-passphrase", FAILURE_LIMIT - 1, List.of(LOCK));

    private final JdbcClient jdbc;
    private final ContentKey contentKey;
    private final EscrowKey escrow;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grantFor;
    private final GuessThrottle guesses;

    IdentityVault(JdbcClient jdbc, ContentKey contentKey, EscrowKey escrow, ApplicationEventPublisher events, Clock clock,
                  GuessThrottle guesses, @Value("${sujarit.vault.reveal-hours:72}") long revealHours) {
        this.jdbc = jdbc;
        this.guesses = guesses;
        this.contentKey = contentKey;
        this.escrow = escrow;
        this.events = events;
        this.clock = clock;
        this.grantFor = Duration.ofHours(revealHours);
    }

    /** A tenant's vault as one user sees it: whether it exists, whether they hold a key, how many identities await it. */
    public record Status(boolean exists, boolean custodian, int escrowed) {
    }

    /** A request to reveal, with its decision. */
    public record Request(UUID id, UUID caseId, String caseNumber, String requesterName, String reason, Instant requestedAt,
                          String status, String decisionReason, Instant expiresAt) {

        public boolean pending() {
            return "PENDING".equals(status);
        }
    }

    /** An identity revealed to its requester, until {@code expiresAt}. */
    public record Revealed(Contact contact, Instant expiresAt) {
    }

    /** A staff member with the custodian role who holds no key yet. */
    public record Candidate(UUID userId, String displayName) {
    }

    // --- sealing at filing -----------------------------------------------------------------

    /**
     * Seals a reporter's identity; no part of it is stored readable. The e-mail is kept under the
     * content key as well, only when the reporter asked for notices of updates.
     */
    @Transactional
    public void seal(TenantId tenant, UUID caseId, Contact contact, boolean notices) {
        Optional<byte[]> vaultKey = publicKey(tenant);
        byte[] recipient = vaultKey.orElseGet(escrow::publicKey);
        byte[] sealed = Sealing.seal(recipient, Identity.bytes(contact), identityContext(tenant, caseId));
        byte[] email = notices && contact.email() != null && !contact.email().isBlank()
                ? contentKey.encryptText(contact.email().strip(), emailContext(tenant, caseId)) : null;
        jdbc.sql("insert into identity_sealed (case_id, tenant_id, sealed_to, sealed, notice_email) values (?, ?, ?, ?, ?)")
                .params(caseId, tenant.value(), vaultKey.isPresent() ? "VAULT" : "ESCROW", sealed, email).update();
    }

    public boolean sealed(TenantId tenant, UUID caseId) {
        return jdbc.sql("select count(*) from identity_sealed where tenant_id = ? and case_id = ?")
                .params(tenant.value(), caseId).query(Integer.class).single() > 0;
    }

    /** The address for notices of updates, when the reporter asked for them. */
    public Optional<String> noticeEmail(TenantId tenant, UUID caseId) {
        return jdbc.sql("select notice_email from identity_sealed where tenant_id = ? and case_id = ? and notice_email is not null")
                .params(tenant.value(), caseId).query((rs, n) -> rs.getBytes(1)).optional()
                .map(b -> contentKey.decryptText(b, emailContext(tenant, caseId)));
    }

    // --- the vault and its custodians -------------------------------------------------------

    public Status status(TenantId tenant, UUID userId) {
        boolean exists = publicKey(tenant).isPresent();
        boolean custodian = jdbc.sql("select count(*) from identity_custodian where tenant_id = ? and user_id = ?")
                .params(tenant.value(), userId).query(Integer.class).single() > 0;
        int escrowed = jdbc.sql("select count(*) from identity_sealed where tenant_id = ? and sealed_to = 'ESCROW'")
                .param(tenant.value()).query(Integer.class).single();
        return new Status(exists, custodian, escrowed);
    }

    /**
     * The tenant's first custodian creates the vault with their passphrase. Identities sealed to the
     * escrow key meanwhile are re-sealed to the vault when the escrow private key is at hand.
     */
    @Transactional
    public void setUp(TenantId tenant, UUID userId, String passphrase) {
        checkPassphrase(passphrase, "passphrase");
        if (publicKey(tenant).isPresent()) {
            throw new RuleViolation("passphrase", "vault.exists");
        }
        KeyPair pair = Sealing.keyPair();
        byte[] publicKey = pair.getPublic().getEncoded();
        byte[] privateKey = pair.getPrivate().getEncoded();
        Instant now = clock.instant();
        jdbc.sql("insert into identity_vault (tenant_id, public_key, created_at) values (?, ?, ?)")
                .params(tenant.value(), publicKey, Timestamp.from(now)).update();
        addKey(tenant, userId, passphrase, privateKey, now);
        escrow.privateKey().ifPresent(escrowKey -> resealEscrowed(tenant, escrowKey, publicKey));
        Arrays.fill(privateKey, (byte) 0);
        events.publishEvent(new IdentityVaultChanged(tenant.value(), "identity-vault", tenant.value(), "vault-created"));
    }

    /** An existing custodian, unlocking with their passphrase, gives another custodian a key under the newcomer's passphrase. */
    @Transactional(noRollbackFor = RuleViolation.class)
    public void addCustodian(TenantId tenant, UUID custodianId, String passphrase, UUID newUserId, String newPassphrase) {
        checkPassphrase(newPassphrase, "newPassphrase");
        if (candidates(tenant).stream().noneMatch(c -> c.userId().equals(newUserId))) {
            throw new RuleViolation("newUserId", "vault.candidate.invalid");
        }
        byte[] privateKey = unlock(tenant, custodianId, passphrase);
        addKey(tenant, newUserId, newPassphrase, privateKey, clock.instant());
        Arrays.fill(privateKey, (byte) 0);
        events.publishEvent(new IdentityVaultChanged(tenant.value(), "app-user", newUserId, "custodian-added"));
    }

    public List<Candidate> candidates(TenantId tenant) {
        return jdbc.sql("""
                select u.id, u.display_name from app_user u join user_role r on r.user_id = u.id and r.role = 'IDENTITY_CUSTODIAN'
                where u.tenant_id = ? and u.active
                  and not exists (select 1 from identity_custodian c where c.tenant_id = u.tenant_id and c.user_id = u.id)
                order by u.display_name""")
                .param(tenant.value()).query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    // --- revealing ------------------------------------------------------------------------------

    /** Staff who may handle the case ask for the reporter's identity, with a reason. */
    @Transactional
    public UUID request(TenantId tenant, UUID caseId, UUID requesterId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "vault.reason.required");
        }
        if (!sealed(tenant, caseId)) {
            throw new ComplaintNotFound("identity");
        }
        if (latest(tenant, caseId, requesterId).filter(r -> r.pending() || "APPROVED".equals(r.status())).isPresent()) {
            throw new RuleViolation("reason", "vault.request.open");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into identity_request (id, tenant_id, case_id, requester_id, reason, requested_at, status)
                values (?, ?, ?, ?, ?, ?, 'PENDING')""")
                .params(id, tenant.value(), caseId, requesterId, reason.strip(), Timestamp.from(clock.instant())).update();
        events.publishEvent(IdentityVaultChanged.ofCase(tenant.value(), caseId, "requested"));
        return id;
    }

    private static final String REQUEST_SELECT = """
            select r.*, c.number, u.display_name from identity_request r
            join complaint_case c on c.tenant_id = r.tenant_id and c.id = r.case_id
            join app_user u on u.id = r.requester_id
            """;

    public List<Request> pending(TenantId tenant) {
        return jdbc.sql(REQUEST_SELECT + " where r.tenant_id = ? and r.status = 'PENDING' order by r.requested_at")
                .param(tenant.value()).query((rs, n) -> request(rs)).list();
    }

    /** The requester's latest request about a case. */
    public Optional<Request> latest(TenantId tenant, UUID caseId, UUID requesterId) {
        return jdbc.sql(REQUEST_SELECT + " where r.tenant_id = ? and r.case_id = ? and r.requester_id = ? order by r.requested_at desc limit 1")
                .params(tenant.value(), caseId, requesterId).query((rs, n) -> request(rs)).optional();
    }

    /** A custodian approves: the passphrase opens the identity, which is kept for the requester alone until the grant expires. */
    @Transactional(noRollbackFor = RuleViolation.class)
    public void approve(TenantId tenant, UUID requestId, UUID custodianId, String passphrase) {
        Request r = pendingRequest(tenant, requestId);
        String sealedTo = jdbc.sql("select sealed_to from identity_sealed where tenant_id = ? and case_id = ?")
                .params(tenant.value(), r.caseId()).query(String.class).single();
        if (!"VAULT".equals(sealedTo)) {
            throw new RuleViolation("passphrase", "vault.escrowed");
        }
        byte[] privateKey = unlock(tenant, custodianId, passphrase);
        byte[] sealed = jdbc.sql("select sealed from identity_sealed where tenant_id = ? and case_id = ?")
                .params(tenant.value(), r.caseId()).query((rs, n) -> rs.getBytes(1)).single();
        byte[] identity = Sealing.open(privateKey, publicKey(tenant).orElseThrow(), sealed, identityContext(tenant, r.caseId()));
        Arrays.fill(privateKey, (byte) 0);
        UUID requesterId = jdbc.sql("select requester_id from identity_request where tenant_id = ? and id = ?")
                .params(tenant.value(), requestId).query(UUID.class).single();
        byte[] grant = contentKey.encrypt(identity, grantContext(tenant, requestId, requesterId));
        Arrays.fill(identity, (byte) 0);
        Instant now = clock.instant();
        jdbc.sql("""
                update identity_request set status = 'APPROVED', decided_by = ?, decided_at = ?, identity = ?, expires_at = ?
                where tenant_id = ? and id = ?""")
                .params(custodianId, Timestamp.from(now), grant, Timestamp.from(now.plus(grantFor)), tenant.value(), requestId)
                .update();
        events.publishEvent(IdentityVaultChanged.ofCase(tenant.value(), r.caseId(), "approved"));
    }

    @Transactional
    public void refuse(TenantId tenant, UUID requestId, UUID custodianId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "vault.reason.required");
        }
        Request r = pendingRequest(tenant, requestId);
        jdbc.sql("""
                update identity_request set status = 'REFUSED', decided_by = ?, decided_at = ?, decision_reason = ?
                where tenant_id = ? and id = ?""")
                .params(custodianId, Timestamp.from(clock.instant()), reason.strip(), tenant.value(), requestId).update();
        events.publishEvent(IdentityVaultChanged.ofCase(tenant.value(), r.caseId(), "refused"));
    }

    /** The identity granted to this requester, while the grant lasts; each view is recorded. */
    @Transactional
    public Optional<Revealed> revealed(TenantId tenant, UUID caseId, UUID requesterId) {
        // This requester's lapsed grant on this case goes now; the others' at the scheduled clean-up.
        jdbc.sql("""
                update identity_request set status = 'EXPIRED', identity = null
                where tenant_id = ? and case_id = ? and requester_id = ? and status = 'APPROVED' and expires_at <= ?""")
                .params(tenant.value(), caseId, requesterId, Timestamp.from(clock.instant())).update();
        Optional<Revealed> revealed = jdbc.sql("""
                        select id, identity, expires_at from identity_request
                        where tenant_id = ? and case_id = ? and requester_id = ? and status = 'APPROVED' and identity is not null""")
                .params(tenant.value(), caseId, requesterId)
                .query((rs, n) -> new Revealed(Identity.contact(contentKey.decrypt(rs.getBytes("identity"),
                        grantContext(tenant, rs.getObject("id", UUID.class), requesterId))),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
        revealed.ifPresent(r -> events.publishEvent(IdentityVaultChanged.ofCase(tenant.value(), caseId, "viewed")));
        return revealed;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @SchedulerLock(name = "identity-grant-expiry", lockAtMostFor = "PT5M")
    void expireOnSchedule() {
        expire();
    }

    /** Deletes the identities of lapsed grants. */
    @Transactional
    public int expire() {
        return jdbc.sql("update identity_request set status = 'EXPIRED', identity = null where status = 'APPROVED' and expires_at <= ?")
                .param(Timestamp.from(clock.instant())).update();
    }

    // --- internals ------------------------------------------------------------------------------

    private Request pendingRequest(TenantId tenant, UUID requestId) {
        return jdbc.sql(REQUEST_SELECT + " where r.tenant_id = ? and r.id = ?").params(tenant.value(), requestId)
                .query((rs, n) -> request(rs)).optional().filter(Request::pending)
                .orElseThrow(() -> new ComplaintNotFound("identity request"));
    }

    /** The vault's private key, opened with a custodian's passphrase; wrong ones in a row lock the custodian out a while. */
    private byte[] unlock(TenantId tenant, UUID custodianId, String passphrase) {
        record Key(byte[] salt, byte[] wrapped) {
        }
        Key key = jdbc.sql("select salt, sealed_private_key from identity_custodian where tenant_id = ? and user_id = ?")
                .params(tenant.value(), custodianId)
                .query((rs, n) -> new Key(rs.getBytes(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new RuleViolation("passphrase", "vault.notCustodian"));
        String subject = tenant.value() + ":" + custodianId;
        if (guesses.lockedFor(UNLOCKING, subject).isPresent()) {
            throw new RuleViolation("passphrase", "vault.passphrase.locked");
        }
        try {
            byte[] privateKey = Sealing.unwrap(passphrase == null ? "" : passphrase, key.salt(), key.wrapped(),
                    custodianContext(tenant, custodianId));
            guesses.succeeded(UNLOCKING, subject);
            return privateKey;
        } catch (Gcm.WrongKey e) {
            guesses.failed(UNLOCKING, subject);
            events.publishEvent(new IdentityVaultChanged(tenant.value(), "app-user", custodianId, "unlock-failed"));
            throw new RuleViolation("passphrase", "vault.passphrase.wrong");
        }
    }

    private void addKey(TenantId tenant, UUID userId, String passphrase, byte[] privateKey, Instant now) {
        byte[] salt = Sealing.salt();
        jdbc.sql("""
                insert into identity_custodian (tenant_id, user_id, salt, sealed_private_key, created_at) values (?, ?, ?, ?, ?)""")
                .params(tenant.value(), userId, salt, Sealing.wrap(passphrase, salt, privateKey, custodianContext(tenant, userId)),
                        Timestamp.from(now))
                .update();
    }

    private void resealEscrowed(TenantId tenant, byte[] escrowPrivate, byte[] vaultPublic) {
        byte[] escrowPublic = escrow.publicKey();
        jdbc.sql("select case_id, sealed from identity_sealed where tenant_id = ? and sealed_to = 'ESCROW'")
                .param(tenant.value())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2)}).list()
                .forEach(row -> {
                    UUID caseId = (UUID) row[0];
                    String context = identityContext(tenant, caseId);
                    byte[] identity = Sealing.open(escrowPrivate, escrowPublic, (byte[]) row[1], context);
                    jdbc.sql("update identity_sealed set sealed_to = 'VAULT', sealed = ? where tenant_id = ? and case_id = ?")
                            .params(Sealing.seal(vaultPublic, identity, context), tenant.value(), caseId).update();
                    Arrays.fill(identity, (byte) 0);
                });
    }

    private Optional<byte[]> publicKey(TenantId tenant) {
        return jdbc.sql("select public_key from identity_vault where tenant_id = ?").param(tenant.value())
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private static void checkPassphrase(String passphrase, String field) {
        if (passphrase == null || passphrase.strip().length() < MIN_PASSPHRASE) {
            throw new RuleViolation(field, "vault.passphrase.short");
        }
    }

    private static Request request(ResultSet rs) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Request(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("number"),
                rs.getString("display_name"), rs.getString("reason"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("status"), rs.getString("decision_reason"), expires == null ? null : expires.toInstant());
    }

    private static String identityContext(TenantId tenant, UUID caseId) {
        return "identity|" + tenant.value() + "|" + caseId;
    }

    private static String emailContext(TenantId tenant, UUID caseId) {
        return "notice-email|" + tenant.value() + "|" + caseId;
    }

    private static String custodianContext(TenantId tenant, UUID userId) {
        return "custodian|" + tenant.value() + "|" + userId;
    }

    private static String grantContext(TenantId tenant, UUID requestId, UUID requesterId) {
        return "grant|" + tenant.value() + "|" + requestId + "|" + requesterId;
    }
}
