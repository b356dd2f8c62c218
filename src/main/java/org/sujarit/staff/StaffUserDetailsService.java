package org.sujarit.staff;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads the account that signs in, with its roles, unit and oversight scope. An account that has
 * not set its first password (imported staff awaiting their invitation) gets the hash of a random
 * secret, so that no password matches it and the refusal takes as long as any other.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Supplier<String> unusable;

    StaffUserDetailsService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.unusable = new Supplier<>() {
            private volatile String hash;

            @Override
            public String get() {
                if (hash == null) {
                    hash = passwords.encode(UUID.randomUUID() + "-" + UUID.randomUUID());
                }
                return hash;
            }
        };
    }

    @Override
    public StaffPrincipal loadUserByUsername(String username) {
        return jdbc.sql("""
                select u.id, u.tenant_id, u.username, u.display_name, u.unit_id, u.active, u.must_change_password,
                       u.password_hash, u.oversight_scope, u.oversight_province, u.oversight_region,
                       coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
                from app_user u where u.username = ?""")
                .param(StaffUsers.normalise(username))
                .query((rs, n) -> new StaffPrincipal(rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                        rs.getObject("unit_id", UUID.class), StaffUsers.roles(rs.getString("roles")),
                        StaffUsers.scope(rs), rs.getBoolean("active"), rs.getBoolean("must_change_password"),
                        rs.getString("password_hash") == null ? unusable.get() : rs.getString("password_hash")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
