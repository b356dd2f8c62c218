package org.sujarit;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(SujaritApplication.class).verify();
    }
}
