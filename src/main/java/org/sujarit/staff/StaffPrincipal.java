package org.sujarit.staff;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.sujarit.audit.Actor;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.UnitId;

/**
 * The signed-in user, kept in the session (which lives in PostgreSQL, so it is serialised):
 * plain values only. Controllers take the tenant from here, never from the request.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer, Actor, TenantMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final UUID tenantId;
    private final String username;
    private final String displayName;
    private final UUID unitId;
    private final Set<Role> roles;
    private final OversightScope oversight;
    private final boolean active;
    private final boolean mustChangePassword;
    private String passwordHash;

    StaffPrincipal(UUID userId, UUID tenantId, String username, String displayName, UUID unitId, Set<Role> roles,
                   OversightScope oversight, boolean active, boolean mustChangePassword, String passwordHash) {
        this.userId = userId;
        this.tenantId = tenantId;
        this.username = username;
        this.displayName = displayName;
        this.unitId = unitId;
        this.roles = Set.copyOf(roles);
        this.oversight = oversight;
        this.active = active;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    @Override
    public UUID userId() {
        return userId;
    }

    /** The tenant of a staff user; fails for platform and oversight users, who have none. */
    @Override
    public TenantId tenant() {
        if (tenantId == null) {
            throw new IllegalStateException(username + " belongs to no tenant");
        }
        return new TenantId(tenantId);
    }

    @Override
    public boolean hasTenant() {
        return tenantId != null;
    }

    public UnitId unit() {
        return unitId == null ? null : new UnitId(unitId);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public OversightScope oversight() {
        return oversight;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public UUID actorId() {
        return userId;
    }

    @Override
    public String actorLabel() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}
