package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/**
 * The indicator values' epoch, which keeps the oversight caches from recomputing an unchanged
 * nation: it moves with the very first rewrite of values (a sequence advanced once reads as it did
 * before it was advanced, unless its {@code is_called} is read too), and only once the rewrite is
 * committed — a reader seeing it earlier would stamp the old values as new.
 */
@WebTest
@TestPropertySource(properties = {"sujarit.test.fresh-database=true", "sujarit.oversight.refresh=PT1H",
        "sujarit.notifications.cron=-"})
class IndicatorEpochTest {

    @Autowired IndicatorStore store;
    @Autowired IndicatorCatalogue catalogue;
    @Autowired TenantFixture tenants;
    @Autowired TransactionTemplate transactions;

    @Test
    void theFirstRewriteMovesTheEpochAndOnlyOnceCommitted() {
        long before = store.epoch();
        assertThat(before).as("a fresh database: no value rewritten yet").isZero();
        TenantFixture.Tenant lao = tenants.create("57");
        transactions.executeWithoutResult(status -> {
            store.refresh(catalogue.sources().get(0), List.of(lao.id().value()));
            assertThat(store.epoch()).as("not before the commit").isEqualTo(before);
        });
        assertThat(store.epoch()).as("after the commit").isGreaterThan(before);
    }
}
