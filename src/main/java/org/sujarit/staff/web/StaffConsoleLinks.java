package org.sujarit.staff.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.sujarit.shared.ConsoleLink;

@Configuration(proxyBeanMethods = false)
class StaffConsoleLinks {

    @Bean
    ConsoleLink usersLink() {
        return new ConsoleLink("nav.users", "/console/users", List.of("TENANT_ADMIN"), 30);
    }
}
