package org.sujarit.staff.provider;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sujarit.shared.ConsoleLink;

/** The tenant admin's way to the organisation's own sign-in providers, beside the second-factor settings. */
@Configuration(proxyBeanMethods = false)
class ProviderConsoleLinks {

    @Bean
    ConsoleLink signInProvidersLink() {
        return new ConsoleLink("provider.nav", ProviderAdminController.Tenant.BASE, List.of("TENANT_ADMIN"), 32);
    }
}
