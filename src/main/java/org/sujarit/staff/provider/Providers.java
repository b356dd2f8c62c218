package org.sujarit.staff.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.infrastructure.crypto.ContentKey;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisations;

/**
 * The configured providers. The client secret is sealed with the content key under a context
 * naming the provider, so that a sealed secret cannot be moved to another provider's row, and
 * is never read back except to talk to the provider.
 */
@Component
public class Providers {

    /** What an admin types to add a provider; the secret is plain here and sealed on the way in. */
    public record Draft(UUID tenantId, String registrationId, String nameTh, String nameEn, String issuerUri,
                        String clientId, String clientSecret, String subjectClaim, String jwsAlgorithm,
                        boolean subjectIsCitizenId, String scopes) {
    }

    private static final String COLUMNS = """
            id, tenant_id, registration_id, name_th, name_en, issuer_uri, client_id, subject_claim, jws_algorithm,
            subject_is_citizen_id, scopes, enabled, updated_at""";

    private final JdbcClient jdbc;
    private final ContentKey contentKey;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Organisations organisations;

    Providers(JdbcClient jdbc, ContentKey contentKey, ApplicationEventPublisher events, Clock clock,
              Organisations organisations) {
        this.jdbc = jdbc;
        this.contentKey = contentKey;
        this.events = events;
        this.clock = clock;
        this.organisations = organisations;
    }

    @Transactional
    public Provider add(Draft draft) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into sign_in_provider (id, tenant_id, registration_id, name_th, name_en, issuer_uri, client_id,
                        client_secret_sealed, subject_claim, jws_algorithm, subject_is_citizen_id, scopes, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, draft.tenantId(), draft.registrationId(), draft.nameTh(), draft.nameEn(), draft.issuerUri(),
                            draft.clientId(), contentKey.encryptText(draft.clientSecret(), secretContext(id)),
                            draft.subjectClaim(), draft.jwsAlgorithm(), draft.subjectIsCitizenId(), draft.scopes(),
                            Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("registrationId", "provider.form.registrationId.taken");
        }
        events.publishEvent(new ProviderChanged(draft.tenantId(), id, ProviderChanged.Change.ADDED));
        return byId(id).orElseThrow();
    }

    /** Turns a provider of this tenant ({@code null}: a platform provider) on or off; false when there is none. */
    @Transactional
    public boolean enable(UUID tenantId, String registrationId, boolean enabled) {
        Optional<Provider> provider = owned(tenantId, registrationId);
        provider.ifPresent(p -> {
            jdbc.sql("update sign_in_provider set enabled = ?, updated_at = ? where id = ?")
                    .params(enabled, Timestamp.from(clock.instant()), p.id()).update();
            events.publishEvent(new ProviderChanged(p.tenantId(), p.id(),
                    enabled ? ProviderChanged.Change.ENABLED : ProviderChanged.Change.DISABLED));
        });
        return provider.isPresent();
    }

    /** Removes a provider of this tenant ({@code null}: a platform provider) and every identity linked through it. */
    @Transactional
    public boolean remove(UUID tenantId, String registrationId) {
        Optional<Provider> provider = owned(tenantId, registrationId);
        provider.ifPresent(p -> {
            jdbc.sql("delete from sign_in_provider where id = ?").param(p.id()).update();
            events.publishEvent(new ProviderChanged(p.tenantId(), p.id(), ProviderChanged.Change.REMOVED));
        });
        return provider.isPresent();
    }

    /** The providers a tenant admin ({@code tenantId}) or the platform admin ({@code null}) manages. */
    @Transactional(readOnly = true)
    public List<Provider> ownedBy(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from sign_in_provider where tenant_id is not distinct from ? order by name_th")
                .param(tenantId).query(Providers::provider).list();
    }

    /** The enabled providers an account of this tenant ({@code null}: without tenant) may use. */
    @Transactional(readOnly = true)
    public List<Provider> offeredTo(UUID tenantId) {
        return jdbc.sql("select " + COLUMNS + " from sign_in_provider where enabled and (tenant_id is null or tenant_id = ?)"
                        + " order by tenant_id nulls first, name_th")
                .param(tenantId).query(Providers::provider).list();
    }

    /**
     * The providers the sign-in page offers: the platform's, and a tenant's own when the page is
     * opened with that tenant's slug ({@code /login?org=bantom}) — a list of every tenant's providers
     * would run to thousands, and the page knows no tenant otherwise.
     */
    public List<Provider> offeredAtSignIn(String slug) {
        UUID tenant = slug == null ? null : organisations.findBySlug(slug).map(o -> o.id().value()).orElse(null);
        return tenant == null ? ownedBy(null).stream().filter(Provider::enabled).toList() : offeredTo(tenant);
    }

    /** The slug of a tenant, for its staff's sign-in link. */
    public String slugOf(UUID tenantId) {
        return organisations.find(new TenantId(tenantId)).orElseThrow().slug();
    }

    @Transactional(readOnly = true)
    public Optional<Provider> byRegistrationId(String registrationId) {
        if (registrationId == null || registrationId.length() > 40) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from sign_in_provider where registration_id = ?")
                .param(registrationId).query(Providers::provider).optional();
    }

    Optional<Provider> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from sign_in_provider where id = ?").param(id).query(Providers::provider).optional();
    }

    /** The client secret, decrypted, for the client registration only. */
    String clientSecret(Provider provider) {
        byte[] sealed = jdbc.sql("select client_secret_sealed from sign_in_provider where id = ?")
                .param(provider.id()).query(byte[].class).single();
        return contentKey.decryptText(sealed, secretContext(provider.id()));
    }

    private Optional<Provider> owned(UUID tenantId, String registrationId) {
        return byRegistrationId(registrationId).filter(p -> java.util.Objects.equals(p.tenantId(), tenantId));
    }

    private static String secretContext(UUID id) {
        return "sign-in-provider:" + id + ":client-secret";
    }

    private static Provider provider(ResultSet rs, int n) throws SQLException {
        return new Provider(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getString("registration_id"), rs.getString("name_th"), rs.getString("name_en"),
                rs.getString("issuer_uri"), rs.getString("client_id"), rs.getString("subject_claim"),
                rs.getString("jws_algorithm"), rs.getBoolean("subject_is_citizen_id"), rs.getString("scopes"),
                rs.getBoolean("enabled"), rs.getTimestamp("updated_at").toInstant());
    }
}
