package org.sujarit.staff.passkey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * The passkeys Spring's relying-party operations read and write (table {@code passkey}): a new one
 * when it is registered, its signature count and last use after each sign-in. A passkey belongs to
 * the account whose user handle it was made for; a handle no account has saves nothing.
 */
@Component
class PasskeyRecords implements UserCredentialRepository {

    private static final String SELECT = """
            select k.credential_id, p.user_handle, k.label, k.credential_type, k.public_key_cose, k.signature_count,
                   k.uv_initialized, k.backup_eligible, k.backup_state, k.transports, k.attestation_object,
                   k.attestation_client_data_json, k.created_at, k.last_used_at
            from passkey k join passkey_user p on p.user_id = k.user_id""";

    private final JdbcClient jdbc;

    PasskeyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void delete(Bytes credentialId) {
        jdbc.sql("delete from passkey where credential_id = ?").param(credentialId.getBytes()).update();
    }

    @Override
    public void save(CredentialRecord record) {
        int updated = jdbc.sql("""
                update passkey set signature_count = ?, backup_state = ?, last_used_at = ?
                where credential_id = ? and user_id = (select user_id from passkey_user where user_handle = ?)""")
                .params(record.getSignatureCount(), record.isBackupState(), Timestamp.from(record.getLastUsed()),
                        record.getCredentialId().getBytes(), record.getUserEntityUserId().getBytes())
                .update();
        if (updated > 0) {
            return;
        }
        String label = PasskeyLabel.check(record.getLabel());
        int inserted = jdbc.sql("""
                insert into passkey (credential_id, user_id, label, credential_type, public_key_cose, signature_count,
                                     uv_initialized, backup_eligible, backup_state, transports, attestation_object,
                                     attestation_client_data_json, created_at)
                select ?, user_id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from passkey_user where user_handle = ?""")
                .params(record.getCredentialId().getBytes(), label,
                        record.getCredentialType() == null ? PublicKeyCredentialType.PUBLIC_KEY.getValue()
                                : record.getCredentialType().getValue(),
                        record.getPublicKey().getBytes(), record.getSignatureCount(), record.isUvInitialized(),
                        record.isBackupEligible(), record.isBackupState(),
                        record.getTransports().stream().map(AuthenticatorTransport::getValue).sorted()
                                .collect(Collectors.joining(",")),
                        bytes(record.getAttestationObject()), bytes(record.getAttestationClientDataJSON()),
                        Timestamp.from(record.getCreated()), record.getUserEntityUserId().getBytes())
                .update();
        if (inserted == 0) {
            throw new IllegalStateException("No account has the user handle this passkey was made for");
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.sql(SELECT + " where k.credential_id = ?").param(credentialId.getBytes())
                .query(PasskeyRecords::map).optional().orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.sql(SELECT + " where p.user_handle = ? order by k.created_at").param(userId.getBytes())
                .query(PasskeyRecords::map).list();
    }

    private static byte[] bytes(Bytes bytes) {
        return bytes == null ? new byte[0] : bytes.getBytes();
    }

    private static CredentialRecord map(ResultSet rs, int row) throws SQLException {
        Instant created = rs.getTimestamp("created_at").toInstant();
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        String transports = rs.getString("transports");
        Set<AuthenticatorTransport> transportSet = transports.isEmpty() ? Set.of()
                : Arrays.stream(transports.split(",")).map(AuthenticatorTransport::valueOf).collect(Collectors.toSet());
        return ImmutableCredentialRecord.builder()
                .credentialId(new Bytes(rs.getBytes("credential_id")))
                .userEntityUserId(new Bytes(rs.getBytes("user_handle")))
                .label(rs.getString("label"))
                .credentialType(PublicKeyCredentialType.valueOf(rs.getString("credential_type")))
                .publicKey(new ImmutablePublicKeyCose(rs.getBytes("public_key_cose")))
                .signatureCount(rs.getLong("signature_count"))
                .uvInitialized(rs.getBoolean("uv_initialized"))
                .backupEligible(rs.getBoolean("backup_eligible"))
                .backupState(rs.getBoolean("backup_state"))
                .transports(transportSet)
                .attestationObject(new Bytes(rs.getBytes("attestation_object")))
                .attestationClientDataJSON(new Bytes(rs.getBytes("attestation_client_data_json")))
                .created(created)
                .lastUsed(lastUsed == null ? created : lastUsed.toInstant())
                .build();
    }
}
