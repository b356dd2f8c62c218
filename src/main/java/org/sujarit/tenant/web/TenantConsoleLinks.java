package org.sujarit.tenant.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sujarit.shared.ConsoleLink;

@Configuration(proxyBeanMethods = false)
class TenantConsoleLinks {

    @Bean
    ConsoleLink unitsLink() {
        return new ConsoleLink("nav.units", "/console/units", List.of("TENANT_ADMIN"), 20);
    }

    @Bean
    ConsoleLink organisationLink() {
        return new ConsoleLink("nav.organisation", "/console/organisation", List.of("TENANT_ADMIN"), 10);
    }
}
