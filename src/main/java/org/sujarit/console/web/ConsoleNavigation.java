package org.sujarit.console.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** Puts the tenant and the links its user may follow into every console page's model. */
@ControllerAdvice
class ConsoleNavigation {

    private final List<ConsoleLink> links;
    private final Organisations organisations;

    ConsoleNavigation(ObjectProvider<ConsoleLink> links, Organisations organisations) {
        this.links = links.stream().sorted(Comparator.comparingInt(ConsoleLink::order)).toList();
        this.organisations = organisations;
    }

    @ModelAttribute("consoleOrganisation")
    Organisation organisation(HttpServletRequest request) {
        TenantMember member = member(request);
        return member == null ? null : organisations.find(member.tenant()).orElse(null);
    }

    @ModelAttribute("consoleLinks")
    List<ConsoleLink> links(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (member(request) == null || authentication == null) {
            return List.of();
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
        return links.stream().filter(link -> link.roles().stream().anyMatch(roles::contains)).toList();
    }

    /** The console's home, or their own page for an account with the basic staff role alone. */
    @ModelAttribute("consoleHome")
    String home(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (member(request) == null || authentication == null) {
            return "/console";
        }
        boolean console = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Role.TENANT_ROLES.stream().anyMatch(role -> role.authority().equals(authority)));
        return console ? "/console" : "/console/me";
    }

    private static TenantMember member(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/console") && !path.startsWith("/console/")) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof TenantMember member
                && member.hasTenant() ? member : null;
    }
}
