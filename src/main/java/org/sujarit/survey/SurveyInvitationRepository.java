package org.sujarit.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.shared.TenantId;

/**
 * The invitations to staff surveys. Rows are written when an invitation is issued (a fresh secret
 * replaces the earlier one) and only read afterwards: no statement here runs when someone answers.
 */
@Repository
class SurveyInvitationRepository {

    /** The account and survey a live secret stands for. */
    record Holder(TenantId tenant, UUID survey, UUID user) {
    }

    /** An account's invitation as the inviting page counts it. */
    record Issued(SurveyInvitations.Kind kind, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    SurveyInvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void issue(Survey s, UUID user, SurveyInvitations.Kind kind, byte[] secretHash, Instant expiresAt) {
        jdbc.sql("""
                insert into survey_invitation (survey_id, user_id, tenant_id, kind, secret_hash, expires_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, survey_id, user_id) do update
                    set kind = excluded.kind, secret_hash = excluded.secret_hash, expires_at = excluded.expires_at""")
                .params(s.id(), user, s.tenant().value(), kind.name(), secretHash, Timestamp.from(expiresAt))
                .update();
    }

    /** The survey's invitations by account. */
    Map<UUID, Issued> issued(TenantId tenant, UUID survey) {
        Map<UUID, Issued> issued = new HashMap<>();
        jdbc.sql("select user_id, kind, expires_at from survey_invitation where tenant_id = ? and survey_id = ?")
                .params(tenant.value(), survey)
                .query(rs -> {
                    issued.put(rs.getObject("user_id", UUID.class), new Issued(SurveyInvitations.Kind.valueOf(rs.getString("kind")),
                            rs.getTimestamp("expires_at").toInstant()));
                });
        return issued;
    }

    /**
     * The invitation a secret opens. The secret is unique per tenant only (a tenant's key, see V46) and the link
     * names no tenant, so a secret two tenants' invitations happened to share opens neither.
     */
    Optional<Holder> live(byte[] secretHash, Instant now) {
        List<Holder> holders = jdbc.sql("""
                select tenant_id, survey_id, user_id from survey_invitation where secret_hash = ? and expires_at > ?
                limit 2""")
                .params(secretHash, Timestamp.from(now))
                .query((rs, n) -> new Holder(new TenantId(rs.getObject("tenant_id", UUID.class)),
                        rs.getObject("survey_id", UUID.class), rs.getObject("user_id", UUID.class)))
                .list();
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    /** Whether the account was invited to the survey, by link or code, whatever the invitation's age. */
    boolean invited(TenantId tenant, UUID survey, UUID user) {
        return jdbc.sql("select exists (select 1 from survey_invitation where tenant_id = ? and survey_id = ? and user_id = ?)")
                .params(tenant.value(), survey, user).query(Boolean.class).single();
    }
}
