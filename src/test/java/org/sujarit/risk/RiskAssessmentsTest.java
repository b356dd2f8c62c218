package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/** A change of the register and its audit row commit together or not at all. */
@SpringBootTest
class RiskAssessmentsTest {

    @Autowired RiskAssessments risks;
    @Autowired TenantFixture fixtures;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void aYearIsNotStartedWhenItsChangeCannotBeRecorded() {
        Tenant tenant = fixtures.create();
        ApplicationListener<ApplicationEvent> unrecordable = new ApplicationListener<>() {
            @Override
            public void onApplicationEvent(ApplicationEvent event) {
                if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof RiskChanged changed
                        && changed.tenantId().equals(tenant.id().value())) {
                    throw new IllegalStateException("the audit trail cannot record " + changed.action());
                }
            }
        };
        UUID matrix = risks.matrix("NACC_3X3").orElseThrow().id();
        context.addApplicationListener(unrecordable);
        try {
            assertThatThrownBy(() -> risks.create(tenant.id(), 2569, matrix))
                    .hasMessageContaining("cannot record risk.assessment-created");
        } finally {
            context.removeApplicationListener(unrecordable);
        }
        assertThat(risks.view(tenant.id(), 2569)).isEmpty();
    }
}
