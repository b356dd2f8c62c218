package org.sujarit.staff.factor;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sujarit.shared.ConsoleLink;

@Configuration(proxyBeanMethods = false)
class FactorConsoleLinks {

    @Bean
    ConsoleLink secondFactorSettingsLink() {
        return new ConsoleLink("factor.nav", FactorAdminController.SETTINGS, List.of("TENANT_ADMIN"), 31);
    }
}
