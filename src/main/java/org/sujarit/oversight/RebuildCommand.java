package org.sujarit.oversight;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar sujarit.jar --sujarit.oversight.rebuild-and-exit=true}: recomputes every
 * indicator from the modules' tables, prints how long it took, and stops — the command after a
 * restore, an import made in SQL, or an upgrade that changed how an indicator is computed.
 */
@Component
@Order(Integer.MAX_VALUE)
@ConditionalOnProperty(name = "sujarit.oversight.rebuild-and-exit", havingValue = "true")
class RebuildCommand implements ApplicationRunner {

    private final IndicatorMaintenance maintenance;
    private final ConfigurableApplicationContext context;

    RebuildCommand(IndicatorMaintenance maintenance, ConfigurableApplicationContext context) {
        this.maintenance = maintenance;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        IndicatorMaintenance.Rebuilt rebuilt = maintenance.rebuild();
        System.out.printf("indicator rebuild: %d tenants, %d values in %.1f s%n", rebuilt.tenants(), rebuilt.values(),
                rebuilt.took().toMillis() / 1000.0);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
