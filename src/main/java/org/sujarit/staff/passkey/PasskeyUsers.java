package org.sujarit.staff.passkey;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * The WebAuthn user entity of a staff account: its user handle (random bytes, table
 * {@code passkey_user}) with the account's user name and display name, read from the account
 * itself, so that a renamed display name needs no copy. Spring's relying-party operations find it by
 * the signed-in user's name when a passkey is made, and by the handle when one signs in.
 */
@Component
class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {

    private static final String SELECT = """
            select p.user_handle, u.username, u.display_name
            from passkey_user p join app_user u on u.id = p.user_id""";

    private final JdbcClient jdbc;

    PasskeyUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return jdbc.sql(SELECT + " where p.user_handle = ?").param(id.getBytes())
                .query((rs, n) -> entity(rs.getBytes(1), rs.getString(2), rs.getString(3))).optional().orElse(null);
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username.strip().toLowerCase(Locale.ROOT))
                .query((rs, n) -> entity(rs.getBytes(1), rs.getString(2), rs.getString(3))).optional().orElse(null);
    }

    /** Keeps the handle of an account that has none yet; an account keeps its first handle. */
    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        jdbc.sql("""
                insert into passkey_user (user_id, user_handle)
                select id, ? from app_user where username = ?
                on conflict (user_id) do nothing""")
                .params(userEntity.getId().getBytes(), userEntity.getName()).update();
    }

    @Override
    public void delete(Bytes id) {
        jdbc.sql("delete from passkey_user where user_handle = ?").param(id.getBytes()).update();
    }

    private static PublicKeyCredentialUserEntity entity(byte[] handle, String username, String displayName) {
        return ImmutablePublicKeyCredentialUserEntity.builder().id(new Bytes(handle)).name(username)
                .displayName(displayName).build();
    }
}
