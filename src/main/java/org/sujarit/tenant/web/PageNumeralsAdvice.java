package org.sujarit.tenant.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import org.sujarit.infrastructure.web.PageNumerals;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The numeral style of every page (see {@link PageNumerals}): in Thai, the style of the tenant whose
 * portal it is ({@code /{slug}/…}) or, in the console, of the signed-in member's tenant; Thai digits
 * on pages of no tenant; Arabic digits in English.
 */
@ControllerAdvice
class PageNumeralsAdvice {

    private final Organisations organisations;

    PageNumeralsAdvice(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute(PageNumerals.VARIABLE)
    NumeralStyle numeralStyle(HttpServletRequest request) {
        return NumeralStyle.forPage(LocaleContextHolder.getLocale(), tenantStyle(request));
    }

    private NumeralStyle tenantStyle(HttpServletRequest request) {
        if (!"th".equals(LocaleContextHolder.getLocale().getLanguage())) {
            return null;
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("slug") instanceof String slug) {
            return organisations.findBySlug(slug).map(Organisation::numerals).orElse(null);
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.getPrincipal() instanceof TenantMember member && member.hasTenant()) {
            return organisations.numeralStyle(member.tenant());
        }
        return null;
    }
}
